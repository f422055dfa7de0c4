/// The report's style sheet and its one script, inline so that the report works offline.
///
/// Both avoid `<` and `&`, so that the report stays well-formed XML as well as HTML (tests parse it
/// with an XML parser); the script is covered by the page's Content-Security-Policy hash.
enum ReportAssets {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #555; --rule: #d8d8d8; --pale: #f5f6f8; --accent: #0072b2; --hostile: #d55e00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
        header.top { padding: 1.2rem 2rem 0.6rem; border-bottom: 1px solid var(--rule); }
        header.top h1 { margin: 0 0 0.2rem; font-size: 1.6rem; }
        .sub { margin: 0; color: var(--muted); }
        nav { margin-top: 0.6rem; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
        nav a { color: var(--accent); text-decoration: none; }
        nav a:hover { text-decoration: underline; }
        main { padding: 0 2rem 3rem; max-width: 1400px; }
        section { margin-top: 2rem; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.2rem; }
        h3 { font-size: 1rem; margin: 0 0 0.3rem; }
        .note { color: var(--muted); max-width: 60rem; }
        figure.diagram { margin: 0; border: 1px solid var(--rule); border-radius: 6px; overflow: auto; }
        figure.diagram svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        figure.diagram a:hover path, figure.diagram a:hover polygon { stroke-width: 3; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
        th, td { padding: 0.25rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        th { background: var(--pale); font-weight: 600; white-space: nowrap; }
        td.num, th.num { text-align: right; }
        .scroll { overflow-x: auto; }
        #isolation-table th.num { white-space: normal; max-width: 7rem; }
        td.name { white-space: nowrap; }
        td.name details { white-space: normal; min-width: 18rem; }
        th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: var(--ink); }
        th button::after { content: " \\2195"; color: #999; }
        th[aria-sort="ascending"] button::after { content: " \\2191"; color: var(--ink); }
        th[aria-sort="descending"] button::after { content: " \\2193"; color: var(--ink); }
        tr:target, span:target, article:target { background: #fff3c4; }
        .bar { display: flex; width: 12rem; height: 0.9rem; background: var(--pale); border: 1px solid var(--rule); }
        .bar span { display: block; height: 100%; }
        .m0 { background: #d55e00; } .m1 { background: #56b4e9; background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgba(255,255,255,0.6) 3px 5px); }
        .m2 { background: #e69f00; } .m3 { background: #009e73; background-image: repeating-linear-gradient(-45deg, transparent 0 3px, rgba(255,255,255,0.6) 3px 5px); }
        .m4 { background: #cc79a7; }
        .key { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: -0.1rem; border: 1px solid var(--rule); margin: 0 0.25rem 0 0.8rem; }
        .tag { display: inline-block; font-size: 0.8rem; padding: 0 0.4rem; border-radius: 3px; border: 1px solid currentColor; margin-left: 0.3rem; font-weight: 500; }
        .cooperative { color: var(--accent); } .hostile { color: var(--hostile); } .neutral { color: #666; }
        .folded { display: block; color: var(--muted); font-size: 0.85rem; }
        article.edge { border-left: 4px solid var(--rule); padding: 0.4rem 0.8rem; margin: 0.8rem 0; }
        article.edge.c-cooperative { border-left-color: var(--accent); }
        article.edge.c-hostile { border-left-color: var(--hostile); border-left-style: double; border-left-width: 6px; }
        article.edge.c-neutral { border-left-style: dashed; }
        .meta { color: var(--muted); margin: 0 0 0.3rem; font-size: 0.9rem; }
        ul.ev { margin: 0.2rem 0 0.4rem; padding-left: 1.2rem; }
        ul.ev li { margin: 0.2rem 0; }
        q { quotes: "\\201C" "\\201D"; }
        mark { background: #ffe08a; padding: 0 0.1rem; }
        .src { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 0.85rem; color: var(--muted); }
        details { margin: 0.2rem 0; }
        summary { cursor: pointer; color: var(--accent); }
        .placeholder { border: 1px dashed var(--rule); padding: 1rem; color: var(--muted); border-radius: 6px; }
        footer { color: var(--muted); padding: 1rem 2rem 2rem; border-top: 1px solid var(--rule); font-size: 0.85rem; }
        @media print { nav, th button::after { display: none; } }
        """

    /// Sorts every `table.sortable` by the column whose header button is clicked: numbers (cells with
    /// `data-v`) largest first, text A to Z; a second click reverses.
    static let script = """
        //<![CDATA[
        "use strict";
        document.querySelectorAll("table.sortable").forEach(function (table) {
          var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
          headers.forEach(function (th, column) {
            var button = th.querySelector("button");
            if (!button) { return; }
            button.addEventListener("click", function () {
              var numeric = th.classList.contains("num");
              var current = th.getAttribute("aria-sort");
              var descending = current ? current === "ascending" : numeric;
              headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", descending ? "descending" : "ascending");
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column], y = b.cells[column], order;
                if (numeric) {
                  order = parseFloat(x.getAttribute("data-v")) - parseFloat(y.getAttribute("data-v"));
                } else {
                  order = x.textContent.localeCompare(y.textContent);
                }
                if (order === 0) { order = a.getAttribute("data-i") - b.getAttribute("data-i"); return order; }
                return descending ? -order : order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
        //]]>
        """
}
