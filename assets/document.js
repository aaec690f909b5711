/* The document page's two long panels (statements in reading order; the text with every
   statement highlighted), built as plain DOM from the data the server sends (a dcc.Store).

   Why not Dash components: one Dash component per statement part made a 700-statement
   document take 40-80 s to appear (the renderer's cost grows with the square of the number
   of components); plain DOM nodes take milliseconds. Every string goes in through
   textContent / title (never innerHTML), so a <script> in a document stays visible text.
   A file under assets/ (not an inline clientside function): it runs under a strict CSP. */
(function () {
    "use strict";

    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text !== undefined && text !== null) { e.textContent = String(text); }
        return e;
    }

    function fmt(v) {
        return (v === null || v === undefined || v !== v) ? "–" : Number(v).toFixed(3);
    }

    function statementItem(s) {
        var li = el("li", "statement section-" + s.section);
        li.id = "st-" + s.seq;
        li.setAttribute("data-seq", s.seq);
        var head = el("div", "st-head");
        head.appendChild(el("span", "seq", "#" + s.seq));
        var sp = el("span", "speaker", s.speaker);
        sp.style.borderColor = s.colour;
        head.appendChild(sp);
        head.appendChild(el("span", "section section-" + s.section, s.section));
        head.appendChild(el("span", "scores", "tone " + fmt(s.tone) + " · escalation " + fmt(s.escalation)));
        li.appendChild(head);
        li.appendChild(el("div", "stext", s.text));
        if (s.cues) { li.appendChild(el("div", "cues", "escalation cues: " + s.cues)); }
        return li;
    }

    function fill(data) {
        var list = document.getElementById("doc-statements");
        var text = document.getElementById("doc-text");
        if (!list || !text) { return false; }
        var frag = document.createDocumentFragment();
        var byseq = {};
        data.statements.forEach(function (s) { byseq[s.seq] = s; frag.appendChild(statementItem(s)); });
        list.replaceChildren(frag);
        frag = document.createDocumentFragment();
        data.segments.forEach(function (seg) {
            var s = seg[1] === null ? null : byseq[seg[1]];
            if (!s) { frag.appendChild(document.createTextNode(seg[0])); return; }
            var span = el("span", "hl section-" + s.section, seg[0]);
            span.id = "hl-" + s.seq;
            span.setAttribute("data-seq", s.seq);
            span.style.borderBottomColor = s.colour;
            span.title = s.speaker + " · " + s.section + " · tone " + fmt(s.tone) + " · escalation " + fmt(s.escalation);
            frag.appendChild(span);
        });
        text.replaceChildren(frag);
        // a click on a statement shows it in the text, and the other way round
        list.onclick = function (ev) { jump(ev, "hl-", text); };
        text.onclick = function (ev) { jump(ev, "st-", list); };
        text.setAttribute("data-rendered", String(data.statements.length));
        list.setAttribute("data-rendered", String(data.statements.length));
        return true;
    }

    function jump(ev, prefix, box) {
        var node = ev.target.closest("[data-seq]");
        if (!node) { return; }
        var other = document.getElementById(prefix + node.getAttribute("data-seq"));
        if (!other) { return; }
        document.querySelectorAll(".doc-focus").forEach(function (e) { e.classList.remove("doc-focus"); });
        node.classList.add("doc-focus");
        other.classList.add("doc-focus");
        box.scrollTop += other.getBoundingClientRect().top - box.getBoundingClientRect().top - 40;
    }

    window.dash_clientside = Object.assign({}, window.dash_clientside);
    window.dash_clientside.stancewatch = Object.assign({}, window.dash_clientside.stancewatch, {
        renderDocument: function (data) {
            if (!data) { return ""; }
            // the containers come with the same server response: wait for React to mount them
            var tries = 0;
            (function attempt() {
                if (!fill(data) && tries++ < 100) { window.requestAnimationFrame(attempt); }
            })();
            return data.statements.length + " statements";
        }
    });
})();
