/**
 * The app's own help (the ? dialog): a short user guide in sections, in Chinese and English — for
 * planners (site checks), environment staff (sections and monitoring data, towns, years) and
 * whoever runs an exhibition screen. Plain text in the bundle, nothing fetched. Part of the one
 * catalog with ui.ts (the interface's words, which the guide quotes for buttons and tabs),
 * vocabulary.ts and messages.ts; kept apart so ui.ts does not grow.
 */
import type { Lang } from '../format/format-number.ts';
import { translate } from './ui.ts';
import type { StringKey } from './ui.ts';

/** The guide's sections, in the order the dialog shows them. */
export const HELP_SECTION_IDS = ['map', 'sites', 'sections', 'towns', 'years', 'table', 'export', 'pack', 'exhibition'] as const;

export type HelpSectionId = (typeof HELP_SECTION_IDS)[number];

export interface HelpSection {
  readonly id: HelpSectionId;
  readonly title: string;
  /** Short paragraphs, plain text. */
  readonly paragraphs: readonly string[];
}

export interface HelpGuide {
  /** The dialog's title. */
  readonly title: string;
  /** One line above the sections. */
  readonly intro: string;
  readonly sections: readonly HelpSection[];
}

/** A paragraph, given the interface's word for a key (a button or tab named as the app names it, so a renamed button renames here too). */
type Paragraph = (l: (key: StringKey) => string) => string;

type Texts = { readonly title: string; readonly intro: string; readonly sections: Readonly<Record<HelpSectionId, { readonly title: string; readonly paragraphs: readonly Paragraph[] }>> };

const zh: Texts = {
  title: '帮助',
  intro: '点击标题展开各部分说明；最下方是键盘快捷键。',
  sections: {
    map: {
      title: '地图与指标',
      paragraphs: [
        (l) => `右侧“${l('board')}”页列出示范区规划的全部指标：由地图数据计算的空间指标和统计填报的其他指标，各有数值、目标、是否达标和计算方法。输入数据未能全部加载的指标标为“${l('incomplete')}”并说明缺少什么，不作达标判断。点击一项空间指标，地图上勾出组成它的要素。`,
        (l) => `左侧“${l('layers')}”可开关图层、调整透明度、颜色和上下次序，图例随显示的内容变化。点击地图上的要素查看详情（椭球面积；断面的水质类别、定类因子和逐月类别）；一处有几个要素重叠时，先列出供选择。`,
        (l) => `顶部搜索框按名称、编号或拼音（如 tpsk 汤浦水库）查找镇街、断面、红线、保护地、公园和功能区，也可输入坐标：120.87, 30.03、度分秒，或 CGCS2000 高斯-克吕格第 40 带（40 583850.1 3323456.8）。地图上的“${l('measureDistance')}”“${l('measureArea')}”按钮在椭球面上量算距离和面积。`,
        (l) => `“${l('openDataset')}”或把含 manifest.json 的一组文件拖到地图上，可加载另一个数据集（GeoJSON、shapefile、监测数据表）；有问题的文件和要素逐条列出，其余照常可用。地址栏保存视图、图层、选中要素和月份，复制链接即可分享同一张图。`,
        (l) => `本应用默认离线。“${l('basemap')}”可选用天地图（需自己的密钥）或其他瓦片地址，每次打开又恢复离线。手机上地图在上、面板在下方，顶部按钮收在“${l('menu')}”里。`,
      ],
    },
    sites: {
      title: '选址',
      paragraphs: [
        (l) => `在“${l('sites')}”页绘制项目选址（多边形、矩形或圆形），用“${l('enterCoords')}”逐行输入角点，或“${l('importSites')}”：部标坐标文件（建设用地报批 TXT，X 为北坐标、Y 为带带号的东坐标，圈号 2 起为扣除的内环）、CAD 的 DXF、奥维或 Google Earth 的 KML/KMZ、界址点坐标表（.csv/.xlsx，含点号与 X、Y 列）、GeoPackage、zip 压缩或散装的 shapefile、GeoJSON，属性为 GBK 或 UTF-8。坐标系取自文件（TXT 的带号、.prj、crs）；DXF 和坐标表没有坐标系，应用会询问并列出可能的投影带。1980 西安、1954 北京坐标系的文件需七参数转换，应用会拒绝并说明。`,
        () => '每个选址给出椭球面积（平方米、亩、公顷），报告中另有高斯平面面积（勘测定界所用）和文件申报面积；逐一核查生态保护红线、自然保护地、永久基本农田、历史文化保护区域和城镇开发边界：完全位于、部分位于（比例和面积）或不涉及（最近距离），占用永久基本农田以亩计；数据集中没有的图层注明“未核查”。并给出建设后对森林覆盖率、受保护地区比例、人均公园绿地等指标的影响。',
        (l) => `“${l('editVertices')}”：拖动顶点移动它，拖动两顶点间的小圆点增加顶点，右键点击顶点删除它。“${l('buffer')}”按米数向外扩（负数向内缩）。↶ ↷ 或 Ctrl+Z / Ctrl+Y 撤销、重做。选址保存在本浏览器中，刷新后仍在。`,
        (l) => `“${l('csv')}”“${l('overlapGeojson')}”“${l('exportSites')}”导出结果；“${l('printReport')}”生成报告，含核查结果、三种面积、来源与原文件属性、地图、图例、比例尺、指北针、重叠表、指标影响、界址点坐标表（CGCS2000 3° 高斯-克吕格第 40 带，自西北角起顺时针编号，文件自带点号时沿用）和位置示意图。选中的选址可导出为部标 TXT、DXF、Shapefile 或 GeoJSON。图层旁的“${l('replaceLayer')}”可用导入的文件替换某一图层，指标随之重算，“${l('resetDataset')}”复原。`,
      ],
    },
    sections: {
      title: '断面与监测数据',
      paragraphs: [
        (l) => `“${l('sections')}”页是全部水质监测断面的表，可排序、筛选，与地图联动。水质类别按 GB 3838-2002 单因子评价，取最差的一项（水温、总氮和粪大肠菌群不参与定类）；湖泊、水库另列总氮类别和综合营养状态指数。`,
        (l) => `用月份滑块（可播放）选定某月后，表格、达标列和地图颜色都按该月；“${l('wholeYear')}”按年均值评价。`,
        (l) => `“${l('addSamples')}”（或把文件拖到该页）导入逐月监测表：.xlsx 或 .csv，列名如 断面编号、采样日期、氨氮(mg/L)，低于检出限写作 0.05L。各行按断面编号或名称与断面关联，指标随之重算；对不上任何断面的行会一并列出。`,
      ],
    },
    towns: {
      title: '分镇',
      paragraphs: [
        (l) => `“${l('towns')}”页按所选空间指标给各镇街着色，分级以目标值为界，图例说明哪些达标；旁边按优劣排列各镇街。`,
        () => '点击表中一行或地图上的镇街，查看该镇街的全部指标与全区对比。面积类指标按镇街在辖区内的部分计算；城镇建成区和断面各归一个镇街。',
      ],
    },
    years: {
      title: '年度对比',
      paragraphs: [
        (l) => `数据集含往年数据时（示意数据有 2016 年基准），“${l('board')}”页下方给出每项空间指标首末两年的数值和变化、各类别断面数（灭Ⅴ减Ⅳ增Ⅲ）和水质变好、变差的断面、新增的自然保护地，以及有林地的增减（平方千米和亩）、地类转移和发生变化的镇街。当年一栏是当前打开的数据：替换了图层或导入了监测数据后随之重算。`,
        (l) => `“${l('yearsShowChange')}”：绿框为转为有林地的小班，红框为转出有林地的小班，紫色虚线为新增自然保护地，绿圈、红圈为水质变好、变差的断面。`,
      ],
    },
    table: {
      title: '属性表',
      paragraphs: [
        (l) => `图层旁的“${l('table')}”在地图下方打开该图层的全部属性，面要素另有椭球面积（m²）。只绘制屏幕上的行，数万个小班也能流畅滚动。`,
        () => '点击列名排序。在列名下一行输入筛选：数字写 >100、<=5、=3、10..20；文字写其中的字，=竹林地 为完全相同，!竹 为排除，只写 = 为空值；也可在所有列中查找。地图只显示筛选出的要素。',
        (l) => `点击一行选中并定位该要素；在地图上点击要素，表中标出其所在行；↑ ↓ 移到上一行、下一行。“${l('tableCsv')}”（UTF-8 带 BOM，Excel 可直接打开）和“${l('tableGeoJson')}”按当前顺序导出显示的行。`,
      ],
    },
    export: {
      title: '导出地图',
      paragraphs: [
        (l) => `顶部“${l('exportMap')}”把当前地图（图层、颜色、筛选、选址）重新绘制成图幅：图名、指北针、比例尺、可见图层的图例、数据来源、制图日期和坐标系；示意数据另有红色说明。`,
        (l) => `纸张可选屏幕大小或 A4、A3 横向、纵向，分辨率 96、150 或 300 dpi（并标出数字比例尺）。预览后“${l('exportPng')}”或“${l('exportPrint')}”；要 PDF，在打印对话框中选择存为 PDF。`,
      ],
    },
    pack: {
      title: '申报材料',
      paragraphs: [
        (l) => `“${l('board')}”页下方的“${l('makePack')}”为当前打开的数据（含替换的图层和导入的监测数据）生成技术评估申报材料，打包为一个 zip 下载：指标完成情况表.xlsx、技术报告.docx 和 maps 文件夹中的 300 dpi 专题地图。`,
        () => '指标完成情况表（A4 横向，表头冻结）：各项指标的领域、目标值、现状值、往年值、达标情况（达标、未达标、不完整）、数据来源和计算方法；分乡镇（街道）的空间指标与全区；监测断面的年均和逐月类别、定类项目；年度对比；数据清单（每个文件的用途、要素数、坐标系、SHA-256 和修改时间）。数值以数字保存，显示两位小数。',
        () => '技术报告：封面（示意数据另有红色说明）、概述、数据与方法、结果（各项指标与目标、专题地图、分乡镇表、各类别断面数与灭Ⅴ减Ⅳ增Ⅲ）、问题与整改方向（未达标指标、拉低指标的镇街、不达标断面及其定类项目）和断面附表。地图由本应用的地图样式绘制，含图名、图例、比例尺、指北针、数据来源、日期和 CGCS2000。命令行 npm run pack 生成同样的材料。',
      ],
    },
    exhibition: {
      title: '展览模式',
      paragraphs: [
        (l) => `顶部“${l('exhibition')}”（或地址加上 ?mode=exhibition）全屏自动导览：生态保护红线 → 自然保护地与 22% 目标 → 森林与 40% 目标 → 逐月水质（灭Ⅴ减Ⅳ增Ⅲ）→ 人均公园绿地 → 各镇街排名 → 指标总览。每步一张大卡片、图例和规划时间轴，字号随屏幕放大，3 米外可读。`,
        () => '观众点击地图上的要素，卡片用平白的话说明它是什么、水质或面积、是否达标，导览暂停 60 秒后继续。时间轴上的当前阶段来自数据的年份和达标项数，而不是今天的日期。',
        () => '按 Esc 退出全屏；刷新页面（地址中没有 ?mode=exhibition 时）回到地图。',
      ],
    },
  },
};

const en: Texts = {
  title: 'Help',
  intro: 'Open a heading for its part of the guide; the keyboard shortcuts are at the bottom.',
  sections: {
    map: {
      title: 'Map and indicators',
      paragraphs: [
        (l) => `The “${l('board')}” tab on the right lists every indicator of the plan: the spatial ones, computed from the map’s data, and the reported ones, each with its value, target, pass or fail, and how it was computed. An indicator whose inputs did not all load says “${l('incomplete')}” and what is missing, and is not judged. Click a spatial indicator to outline its features on the map.`,
        (l) => `“${l('layers')}”, on the left, switches layers on and off and sets their opacity, colour and order; the legend follows what is shown. Click a feature on the map for its details (ellipsoidal area; for a section its water class, the deciding parameters and the monthly classes); where several features overlap, a list lets you choose.`,
        (l) => `The search box at the top finds towns, sections, red lines, protected areas, parks and function zones by name, id or pinyin (tpsk for 汤浦水库), and places typed as 120.87, 30.03, in degrees-minutes-seconds or in CGCS2000 Gauss-Krüger zone 40 (40 583850.1 3323456.8). The map’s “${l('measureDistance')}” and “${l('measureArea')}” buttons measure on the ellipsoid.`,
        (l) => `“${l('openDataset')}”, or dropping a set of files with manifest.json on the map, loads another dataset (GeoJSON, shapefiles, monitoring spreadsheets); problems are listed per file and feature, and what loaded stays usable. The address keeps the view, layers, selection and month: copy it to share the same map.`,
        (l) => `The app works offline. Under “${l('basemap')}” you can opt in to Tianditu (with your own key) or another tile address; every start is offline again. On a phone the map stays on top with the panels below it, and the header’s buttons are in the “${l('menu')}”.`,
      ],
    },
    sites: {
      title: 'Site check',
      paragraphs: [
        (l) => `On the “${l('sites')}” tab, draw a project site (polygon, rectangle or circle), type its corners with “${l('enterCoords')}”, or “${l('importSites')}”: a ministry-standard parcel TXT (the land-approval exchange format: X northing, Y easting with the zone number, rings 2, 3 … cut out), a CAD DXF, KML/KMZ from Ovital Map or Google Earth, a boundary-point table (.csv/.xlsx with point, X and Y columns), a GeoPackage, a zipped or loose shapefile, or GeoJSON, with GBK or UTF-8 attributes. The coordinate system comes from the file (the TXT's zone, the .prj, the crs); DXF and tables have none, so the app asks, offering the likely zones. Xian 1980 and Beijing 1954 files need a seven-parameter transformation and are refused, saying so.`,
        () => 'Each site gets its ellipsoidal area (m², mu, hectares) — the report adds the Gauss–Krüger plane area a survey reports and the area the file declares — and is checked against the red lines, protected areas, permanent basic farmland, heritage areas and the urban development boundary: wholly in, partly in (share and area) or clear of each (nearest distance), farmland in mu; a layer the dataset lacks is said to be not checked. What building it would cost the forest coverage, the protected share and park green per person is shown beside it.',
        (l) => `“${l('editVertices')}”: drag a vertex to move it, drag the small dot between two vertices to add one, right-click a vertex to delete it. “${l('buffer')}” grows the site by a distance in metres (negative shrinks it). ↶ ↷ or Ctrl+Z / Ctrl+Y undo and redo. Sites are kept in this browser across reloads.`,
        (l) => `“${l('csv')}”, “${l('overlapGeojson')}” and “${l('exportSites')}” export the results; “${l('printReport')}” makes a report with the findings, the three areas, the source and the file's attributes, the map, legend, scale bar, north arrow, the overlap table, the cost to the indicators, the boundary points (CGCS2000 3° Gauss-Krüger zone 40, clockwise from the north-westernmost, or the file's own numbering) and a location map. A selected site exports as a ministry-standard parcel TXT, DXF, shapefile or GeoJSON. “${l('replaceLayer')}” beside a layer replaces it with an imported file and the indicators recompute; “${l('resetDataset')}” restores it.`,
      ],
    },
    sections: {
      title: 'Sections and monitoring data',
      paragraphs: [
        (l) => `The “${l('sections')}” tab is a table of every water-quality monitoring section, sortable and filterable, in step with the map. Classes follow GB 3838-2002, the worst single parameter deciding (water temperature, total nitrogen and faecal coliform do not); lakes and reservoirs also show their total-nitrogen class and trophic state index.`,
        (l) => `With a month chosen on the slider (which can play), the table, the compliance column and the map’s colours all refer to that month; “${l('wholeYear')}” evaluates the annual means.`,
        (l) => `“${l('addSamples')}” (or drop the file on the tab) reads a monthly monitoring sheet: .xlsx or .csv, columns such as 断面编号, 采样日期, 氨氮(mg/L), values below detection written as 0.05L. Rows join the sections by id or name and the indicators are computed again; rows that match no section are listed.`,
      ],
    },
    towns: {
      title: 'By town',
      paragraphs: [
        (l) => `The “${l('towns')}” tab colours the towns by the spatial indicator you choose, in classes around its target, with a legend saying which meet it, and ranks the towns best first beside the map.`,
        () => 'Click a row or a town on the map for all of that town’s indicators beside the district’s. Area indicators are measured on the town’s part of the district; each urban area and each section belongs to one town.',
      ],
    },
    years: {
      title: 'Year against year',
      paragraphs: [
        (l) => `When the dataset has earlier years (the sample data has a 2016 baseline), the “${l('board')}” tab ends with each spatial indicator in the first and last year and the change, the sections per class (eliminate V, reduce IV, increase III) and those that got better or worse, the protected areas added, and the forest gained and lost (km² and mu) with the land-class transitions and the towns where they happened. The current year is the data open: replacing a layer or importing monitoring data computes it again.`,
        (l) => `“${l('yearsShowChange')}” outlines the parcels that became forest (green) or left it (red), the new protected areas (purple dashes) and the sections that got better (green ring) or worse (red ring).`,
      ],
    },
    table: {
      title: 'Attribute tables',
      paragraphs: [
        (l) => `“${l('table')}”, beside a layer, opens its attributes under the map, with the ellipsoidal area in m² for polygons. Only the rows on screen are drawn, so tens of thousands of parcels scroll smoothly.`,
        () => 'Click a column to sort. Type in the row under the titles to filter: numbers as >100, <=5, =3 or 10..20; text as words it contains, =竹林地 for exactly that, !竹林地 for without it, = alone for empty; or search all columns at once. The map draws only the rows that pass.',
        (l) => `A row selects its feature and frames it; a feature clicked on the map marks its row; ↑ ↓ step through the rows. “${l('tableCsv')}” (UTF-8 with BOM, opens in Excel) and “${l('tableGeoJson')}” export the rows shown, in their order.`,
      ],
    },
    export: {
      title: 'Export the map',
      paragraphs: [
        (l) => `“${l('exportMap')}”, at the top, redraws the map as shown (layers, colours, filters, sites) on a page with its title, a north arrow, a scale bar, the legend of what is visible, the data source, the date and the coordinate system; sample data carries a note in red.`,
        (l) => `Choose screen size or A4 or A3, landscape or portrait, at 96, 150 or 300 dpi (with the numeric scale). Preview, then “${l('exportPng')}” or “${l('exportPrint')}”; for a PDF, save as PDF from the print dialog.`,
      ],
    },
    pack: {
      title: 'Submission pack',
      paragraphs: [
        (l) => `“${l('makePack')}”, at the foot of the “${l('board')}” tab, makes the technical-assessment pack for the data open (replaced layers and imported monitoring data included) and downloads it as one zip: the indicator workbook (.xlsx), the technical report (.docx) and 300 dpi thematic maps in maps/.`,
        () => 'The workbook (A4 landscape, frozen header): every indicator with its field, target, value, earlier years, status (met, not met, incomplete), data source and method; the spatial indicators per town and for the district; the sections with annual and monthly classes and deciding parameters; year against year; the data inventory (each file with its role, feature count, coordinate system, SHA-256 and modification date). Numbers are stored as numbers, shown with two decimals.',
        () => 'The report: a cover (sample data marked in red), summary, data and methods, results (each indicator against its target, the maps, the per-town table, sections per class and the eliminate-V / reduce-IV / increase-III counts), problems and what to improve (indicators not met, the towns that pull them down, failing sections with their deciding parameters), and the sections table. The maps are drawn with the app’s own map style, with title, legend, scale bar, north arrow, data source, date and CGCS2000. On the command line, npm run pack makes the same pack.',
      ],
    },
    exhibition: {
      title: 'Exhibition mode',
      paragraphs: [
        (l) => `“${l('exhibition')}”, at the top (or ?mode=exhibition in the address), runs a full-screen tour: ecological red lines → protected areas and the 22 % target → forests and 40 % → water quality month by month (eliminate V, reduce IV, increase III) → parks per person → towns ranked → all indicators. Each step has one big card, a legend and the plan’s timeline; type grows with the screen, to be read from 3 m.`,
        () => 'A visitor who taps a feature gets a card in plain words — what it is, its water class or area, whether it meets its target — and the tour pauses for 60 s. The timeline’s current phase comes from the data’s year and how many indicators are met, never from today’s date.',
        () => 'Esc leaves full screen; reloading the page (without ?mode=exhibition in the address) returns to the map.',
      ],
    },
  },
};

const TEXTS: Readonly<Record<Lang, Texts>> = { zh, en };

/** The user guide in a language: title, intro and the sections in HELP_SECTION_IDS order. */
export function helpGuide(lang: Lang): HelpGuide {
  const t = TEXTS[lang];
  const l = (key: StringKey) => translate(lang, key);
  return { title: t.title, intro: t.intro, sections: HELP_SECTION_IDS.map((id) => ({ id, title: t.sections[id].title, paragraphs: t.sections[id].paragraphs.map((p) => p(l)) })) };
}
