/*
 * Date fields in the admin keep what the editor typed.
 *
 * Wagtail's date pickers (jQuery datetimepicker) replace, when the field loses
 * focus, any text they cannot read in the display format (15.01.2027) with the
 * current date: "2027-01-15" silently became today. Without that rewrite the
 * typed text reaches the server, which reads German and ISO dates and refuses
 * anything else with a message. Set once for every picker of the admin (form
 * fields, the publishing schedule, StreamField blocks).
 */
(function () {
    "use strict";
    var jq = window.jQuery;
    if (jq && jq.fn && jq.fn.datetimepicker && jq.fn.datetimepicker.defaults) {
        jq.fn.datetimepicker.defaults.validateOnBlur = false;
    }
})();
