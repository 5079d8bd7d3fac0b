/** The window's inner height in pixels, kept up to date (the charts fill the screen). */
import { useEffect, useState } from 'react';

const read = () => (typeof window === 'undefined' ? 800 : window.innerHeight);

export function useViewportHeight(): number {
  const [height, setHeight] = useState(read);
  useEffect(() => {
    const onResize = () => setHeight(read());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}
