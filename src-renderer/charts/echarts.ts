import { BarChart, SunburstChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

/** The parts of ECharts the app uses, registered once (tree-shaken: the full build is several
 * times larger). Canvas draws on screen and for PNG export; SVG renders the SVG export. A chart
 * type or component not listed here renders nothing: add it here when a chart needs it. */
use([BarChart, SunburstChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

export { init, type EChartsCoreOption, type EChartsType } from 'echarts/core';
