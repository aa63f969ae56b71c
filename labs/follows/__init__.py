"""Following a lab or a theme: subscribing, the email on a new publication
(`services`), and the follow buttons' views and URLs. The follow models live in
`labs.models.follows`."""
