/* Discussions: move focus to the error summary of a form after a failed
   submission. The page works without this: the URL fragment of the comment form
   targets the summary, and it has autofocus. This runs after the browser's own
   scrolling to the fragment, which would otherwise leave focus on the body.
   After posting (or following a permalink), the page opens at #beitrag-<id>:
   focus moves to that comment, so keyboard and screen-reader users land on it. */
(function () {
    "use strict";
    function focusTarget() {
        var summary = document.querySelector("[data-error-summary]");
        if (summary) {
            if (document.activeElement !== summary) {
                summary.focus();
            }
            return;
        }
        var match = /^#(beitrag-\d+)$/.exec(window.location.hash);
        var comment = match && document.getElementById(match[1]);
        if (comment && document.activeElement !== comment) {
            comment.setAttribute("tabindex", "-1");
            comment.focus();
        }
    }
    if (document.readyState === "complete") {
        focusTarget();
    } else {
        window.addEventListener("load", function () {
            window.setTimeout(focusTarget, 0);
        });
    }
})();
