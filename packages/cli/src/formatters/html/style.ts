/** the page's CSS: readable at 390 px without sideways scrolling, and on paper */
export const STYLE = `
*{box-sizing:border-box}
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;margin:0 auto;padding:20px;max-width:1100px;color:#1f2328;line-height:1.55;overflow-wrap:anywhere}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-bottom:2px solid #d0d7de;padding-bottom:4px}h3{font-size:15px;margin:14px 0 6px}h3 small,.meta,.hint{color:#57606a;font-size:13px;font-weight:normal}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;margin:14px 0}
.card{border:1px solid #d0d7de;border-radius:8px;padding:10px 14px;background:#fff}.card b{display:block;font-size:28px;line-height:1.2}.card span{font-size:14px}
.card.fail{border-color:#cf222e;background:#ffebe9}.card.unreadable{border-color:#bc4c00;background:#fff1e5}.card.pass{border-color:#1a7f37;background:#dafbe1}.card.year{border-color:#9a6700;background:#fff8c5}
.alert{border-left:4px solid #9a6700;background:#fff8c5;padding:8px 12px;margin:10px 0}.alert ul{margin:4px 0;padding-left:20px}
.v{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:bold;white-space:nowrap;font-size:13px}
.v-fail{background:#cf222e;color:#fff}.v-unreadable{background:#bc4c00;color:#fff}.v-pass{background:#1a7f37;color:#fff}
.tag{display:inline-block;font-size:12px;padding:0 6px;border-radius:8px;background:#fff8c5;color:#7d4e00;border:1px solid #d4a72c;margin-left:4px;white-space:nowrap}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #d0d7de;padding:5px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa;white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.file{font-size:12px;color:#57606a;word-break:break-all}
table.reports td:nth-child(1){width:5.5em}table.reports td:nth-child(2){width:14em}table.reports td:nth-child(3){width:5em}table.reports td:nth-child(4),table.reports td:nth-child(5){width:4em}
td.n .tag{display:block;margin:2px 0 0;white-space:normal}
.s-error .sev{background:#cf222e}.s-warn .sev{background:#9a6700}.s-info .sev{background:#0969da}
.sev{color:#fff;border-radius:4px;padding:0 5px;margin-right:6px;font-size:12px;white-space:nowrap}
.chart{border:1px solid #d0d7de;border-radius:8px;padding:10px 14px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.legend{font-size:13px;color:#57606a}.key{display:inline-block;width:12px;height:12px;vertical-align:-1px;margin:0 3px 0 8px}.key:first-child{margin-left:0}
.bar-row{display:grid;grid-template-columns:5.5em 1fr 11em;gap:8px;align-items:center;margin:6px 0}
.bar-label{font-weight:bold}.bar-track{display:flex;height:20px;background:#eaeef2;border-radius:3px;overflow:hidden}
.bar{display:block;height:100%}.err{background:#cf222e}.warn{background:#d4a72c}
.bar-value{font-size:13px;white-space:nowrap}.bar-value small{color:#57606a;margin-left:6px}
ol.top{margin:4px 0 0;padding-left:22px}ol.top li{margin:3px 0}.count{color:#57606a;font-size:13px;margin-left:8px;white-space:nowrap}
details{border:1px solid #d0d7de;border-radius:6px;margin:8px 0;padding:4px 10px}summary{cursor:pointer;font-weight:bold}
ol.findings{margin:6px 0;padding-left:22px}ol.findings li{margin:6px 0}.msg{margin:2px 0}.loc{font-size:13px;color:#57606a}.where{font-weight:bold;color:#1f2328}
q{quotes:"“" "”"}.excerpt{color:#57606a;font-size:12px}
.doc{font-size:14px}.doc h2{font-size:15px;border:0;margin:12px 0 4px}.doc h3{font-size:14px}pre{white-space:pre-wrap;background:#f6f8fa;padding:8px;border-radius:4px;font-size:13px}code{font-size:13px}
@media (max-width:640px){
body{padding:12px}
.bar-row{grid-template-columns:4.5em 1fr;row-gap:0}.bar-value{grid-column:2}
table.reports thead{display:none}table.reports,table.reports tbody,table.reports tr,table.reports td{display:block;width:100%}
table.reports tr{border:1px solid #d0d7de;border-radius:8px;margin:8px 0;padding:6px 10px}table.reports td{border:0;padding:2px 0;text-align:left;width:auto!important}
table.reports td:nth-child(1){float:right}table.reports td:nth-child(2) a{font-weight:bold;font-size:16px}
table.reports td:nth-child(3),table.reports td:nth-child(4),table.reports td:nth-child(5){display:inline-block;margin-right:14px}td.n .tag{display:inline-block}
table.reports td[data-label]:not(:nth-child(1)):not(:nth-child(2))::before{content:attr(data-label) "：";color:#57606a}
table.rules th:nth-child(2),table.rules td:nth-child(2){display:none}
}
@media print{body{max-width:none;padding:0}details{break-inside:avoid}a{color:inherit;text-decoration:none}.chart,.card,.v,.sev,.tag{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/** optional: every collapsed part opens for printing (the page reads without it) */
export const PRINT_SCRIPT = `window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});`;
