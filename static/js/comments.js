/* Discussions: move focus to the error summary of a form after a failed
   submission. The page works without this: the URL fragment of the comment form
   targets the summary, and it has autofocus. This runs after the browser's own
   scrolling to the fragment, which would otherwise leave focus on the body. */
(function () {
    "use strict";
    function focusSummary() {
        var summary = document.querySelector("[data-error-summary]");
        if (summary && document.activeElement !== summary) {
            summary.focus();
        }
    }
    if (document.readyState === "complete") {
        focusSummary();
    } else {
        window.addEventListener("load", function () {
            window.setTimeout(focusSummary, 0);
        });
    }
})();
