/* Cell renderers of the dashboard's AG Grids: a link made as a React element from a
   plain string (never HTML), so a title or name can hold any characters. */
var dagcomponentfuncs = (window.dashAgGridComponentFunctions = window.dashAgGridComponentFunctions || {});

dagcomponentfuncs.StancewatchLink = function (props) {
    // colDef.cellRendererParams.href: a field of the row holding the link's target
    var field = (props.colDef.cellRendererParams || {}).href;
    var href = props.data && field ? props.data[field] : null;
    var text = props.value === null || props.value === undefined ? "" : String(props.value);
    if (!href) { return text; }
    return React.createElement("a", {href: href, className: "grid-link"}, text);
};
