/**
 * The words of the issues with regions: the list of regions, the maps with one entry per
 * region, moving between regions, regional policies and population, and shares that must
 * add up to 1.
 */

import type { IssueTemplate } from './issue-messages.ts';

export const REGION_MESSAGES = {
  // Regions (regions/validate.ts, regions/validate-parts.ts, regions/parse.ts).
  'mobility.notObject': 'must map the other regions to a probability of moving there (got {value})',
  'mobility.ownRegion': 'people cannot move from {region} to {region}; name only other regions',
  'mobility.tooLikely':
    'the probabilities of moving out of {region} can add up to {sum} (at the highest values their distributions can take), more than 1: lower them or bound the distributions so that at most everyone leaves',
  'region.duplicateId': 'the region id {id} is used twice; each region needs its own id',
  'region.idNotText': 'must be a short non-empty text such as "north" (got {value})',
  'region.nameInvalid': 'must be a text of at most {max} characters (got {value})',
  'region.notObject': 'must be a region, {"id": "north", "name": "North"} (got {value})',
  'regionMap.missingRegion': 'has no entry for region {id} ({name}); give one per region',
  'regionMap.unknownRegion': '{key} is not a region of this scenario; the regions are {regions}',
  'regionalPolicy.mobilityNotRelative':
    '"{parameter}" is a relative change of the probabilities of moving out (-0.2 = a fifth fewer leave); it must be "relative" (got {value})',
  'regionalPolicy.nationalParameter':
    'a policy for one region can change {parameters} only; {parameter} is national (leave "region" out)',
  'regionalPolicy.unknownRegion':
    'must be the id of a region of this scenario ({regions}) (got {value})',
  'regionalPopulation.both':
    'give either one table per region ("regions") or "regionShares", not both',
  'regionalPopulation.missing':
    'with regions, the population needs one table per region ("regions") or the share of each region ("regionShares")',
  'regionalPopulation.tableNotObject':
    'must be {"female": [[...]], "male": [[...]]}, one row per year (got {value})',
  'regions.count':
    'must list between {min} and {max} regions (got {count}); without regions, leave the list out',
  'regions.missing': 'is missing; a regional scenario lists its regions',
  'regions.notList':
    'must be a list of regions, each {"id": "north", "name": "North"} (got {value})',
  'regions.tooManyResults':
    'runs × professions × regions × projected years is {cells}, more than the {limit} results the app can keep; lower the runs (at most {runs} here), the horizon, the professions or the regions',
  'shares.graduates': "the shares of graduates from {region}'s schools sum to {sum}, not 1",
  'shares.immigrants': 'the shares of immigrants settling in each region sum to {sum}, not 1',
  'shares.invalid': 'a share must be a number between 0 and 1 (got {value})',
  'shares.population': "the regions' shares of the population sum to {sum}, not 1",
} as const satisfies Record<string, IssueTemplate>;
