/* Panels below the fold are asked for when they come near the screen, not on the page's
   first render: an element with data-lazy="<store id>" sets that dcc.Store's data to true
   (through Dash's set_props) the first time it is within 100 px of the viewport; the panel's
   callback takes the store as an input and leaves the panel empty until then. */
(function () {
    function watch() {
        var els = document.querySelectorAll("[data-lazy]:not([data-lazy-watched])");
        if (!els.length || !window.IntersectionObserver) { return; }
        els.forEach(function (el) {
            el.setAttribute("data-lazy-watched", "1");
            var io = new IntersectionObserver(function (entries) {
                if (!entries.some(function (e) { return e.isIntersecting; })) { return; }
                io.disconnect();
                el.setAttribute("data-lazy-watched", "asked");
                if (window.dash_clientside && window.dash_clientside.set_props) {
                    window.dash_clientside.set_props(el.getAttribute("data-lazy"), {data: true});
                }
            }, {rootMargin: "100px 0px"});
            io.observe(el);
        });
    }
    new MutationObserver(watch).observe(document.documentElement, {childList: true, subtree: true});
})();
