/**
 * The words of the issues with the rules that change a scenario and with the plan: task
 * shifting, policies and shocks, and the levers and target the search works with.
 */

import type { IssueTemplate } from './issue-messages.ts';

export const PLAN_MESSAGES = {
  // Task shifting, policies and shocks (validate-rules.ts).
  'list.policies': 'must be a list of policies (got {value})',
  'list.professionIds': 'must be a list of profession ids (got {value})',
  'list.shocks': 'must be a list of shocks (got {value})',
  'list.substitution': 'must be a list of substitution rules (got {value})',
  'professionRef.missing': 'is missing; it must be the id of a profession',
  'professionRef.missingKnown': 'is missing; it must be the id of a profession ({known})',
  'professionRef.notText': 'must be the id of a profession (got {value})',
  'professionRef.notTextKnown': 'must be the id of a profession ({known}) (got {value})',
  'professionRef.unknown': 'unknown profession {id}; known: {known}',
  'professionRef.unknownNone': 'unknown profession {id}; known: none',
  'ramp.fullBeforeStart': 'must not be before startYear ({start}) (got {value})',
  'shock.noProfessions':
    'is empty, so the shock hits no profession; leave it out to hit all professions',
  'substitution.sameProfession': 'must be another profession than "from" (both are {id})',

  // The plan (validate-plan.ts).
  'lever.duplicatePolicy': 'policy {index} is already a lever ({first}); name each policy once',
  'lever.duplicateSubstitution':
    'substitution {index} is already a lever ({first}); name each rule once',
  'lever.maxBelowMin': 'must not be less than min ({min}) (got {value})',
  'lever.noSuchPolicy': {
    plural: 'count',
    zero: 'there is no policy {index}; the scenario has no policies; add the policy the search should set to "policies"',
    one: 'there is no policy {index}; the scenario has 1 policy (0)',
    other: 'there is no policy {index}; the scenario has {count} policies (0 to {last})',
  },
  'lever.noSuchRule': {
    plural: 'count',
    zero: 'there is no task-shifting rule {index}; the scenario has no task-shifting rules',
    one: 'there is no task-shifting rule {index}; the scenario has 1 task-shifting rule (0)',
    other:
      'there is no task-shifting rule {index}; the scenario has {count} task-shifting rules (0 to {last})',
  },
  'lever.policyAndSubstitution':
    'a lever sets either a policy or a task-shifting rule, not both; keep one of "policy" and "substitution"',
  'lever.stepTooFine': 'is too fine: (max − min) / step may be at most {max} (got {steps} steps)',
  'lever.stepTooWide': 'must be at most max − min ({width}) (got {value})',
  'levers.empty': 'must name at least one lever: a policy whose value the search may set',
  'levers.missing':
    'is missing; it must be a list of 1 to {max} levers, each {"policy": …, "min": …, "max": …}',
  'levers.notList':
    'must be a list of 1 to {max} levers, each {"policy": …, "min": …, "max": …} (got {value})',
  'levers.tooMany': 'may have at most {max} levers (got {count}); the search grows with each one',
  'targetProfessions.empty': 'must name at least one profession',
  'targetProfessions.emptyKnown': 'must name at least one profession ({known})',
  'targetProfessions.missing':
    'is missing; it must be a list of the ids of the professions the target is for',
  'targetProfessions.missingKnown':
    'is missing; it must be a list of the ids of the professions the target is for ({known})',
  'targetProfessions.notList':
    'must be a list of the ids of the professions the target is for (got {value})',
  'targetProfessions.notListKnown':
    'must be a list of the ids of the professions the target is for ({known}) (got {value})',
  'targetProfessions.repeated': 'names {id} a second time; it is counted once',
} as const satisfies Record<string, IssueTemplate>;
