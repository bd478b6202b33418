import { LineChart, ScatterChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import { use } from 'echarts/core';

/** The chart types the what-if and sensitivity charts (issue 6) need beyond those echarts.ts
 * registers. ECharts keeps one registry, so registering here (imported by those views) serves
 * the on-screen chart and its SVG export alike; registering twice is harmless. */
use([LineChart, ScatterChart, MarkLineComponent]);
