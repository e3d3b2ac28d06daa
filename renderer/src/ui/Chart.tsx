import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { echarts, readChartColors, type ChartColors } from './charts';

type Option = Parameters<echarts.ECharts['setOption']>[0];

const darkQuery = typeof matchMedia === 'undefined' ? null : matchMedia('(prefers-color-scheme: dark)');
const subscribe = (onChange: () => void) => {
  darkQuery?.addEventListener('change', onChange);
  return () => darkQuery?.removeEventListener('change', onChange);
};

/** Re-renders when the OS switches light/dark, so charts pick up the new colours. */
export function useChartColors(): ChartColors {
  const dark = useSyncExternalStore(subscribe, () => darkQuery?.matches ?? false);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the CSS variables change when `dark` does
  return useMemo(() => readChartColors(), [dark]);
}

interface Props {
  option: Option;
  height: number;
  /** What the chart shows, for screen readers and tests. */
  label: string;
  className?: string;
  /** A click on a data item (a heatmap cell, a bar): echarts' event params. */
  onItemClick?(params: { data: unknown; dataIndex: number }): void;
}

export function Chart({ option, height, label, className, onItemClick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current!;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return;
    const handler = (params: unknown) => onItemClick(params as { data: unknown; dataIndex: number });
    instance.on('click', handler);
    return () => void instance.off('click', handler);
  }, [onItemClick]);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: false }, animationDuration: 300, textStyle: { fontFamily: readChartColors().font, fontSize: 13 }, ...option }, true);
  }, [option]);

  // Each chart's label states its data in words, gaps as "no data". echarts' own description is off:
  // it reads gaps as "NaN", and inside role="img" no screen reader would reach it anyway.
  return (
    <div className={className ?? 'chart'} role="img" aria-label={label}>
      <div ref={ref} style={{ height }} />
    </div>
  );
}
