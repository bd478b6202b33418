import { BoxplotChart, HeatmapChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import { MarkAreaComponent, MarkLineComponent, RadarComponent, VisualMapContinuousComponent } from 'echarts/components';
import { use } from 'echarts/core';

/** The chart types and components the peer charts (issue 5) need beyond those echarts.ts
 * registers. ECharts keeps one registry, so registering here (imported by the peers and profile
 * views) serves the on-screen chart and its SVG export alike. */
use([RadarChart, LineChart, ScatterChart, BoxplotChart, HeatmapChart, RadarComponent, MarkLineComponent, MarkAreaComponent, VisualMapContinuousComponent]);
