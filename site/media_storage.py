"""Media (uploaded images, renditions, documents) on an S3-compatible bucket.

Several app servers cannot share a local `media/` folder, so with `S3_BUCKET` set
every upload goes to the bucket through django-storages; without it media stays on
the local disk. The settings and the tests build the storage from this one function,
so a test switches to a bucket with exactly what production uses.

Privacy: the objects stay private (no ACL is sent, so the bucket's default, private,
applies). Images are shown through signed URLs that expire (`S3_URL_EXPIRE`), or
through `S3_CUSTOM_DOMAIN`, a CDN or proxy that publishes only the image folders
(`original_images/`, `images/`). Documents never leave through a bucket URL: Wagtail
serves them with `WAGTAILDOCS_SERVE_METHOD = "serve_view"` (base settings), which checks
the collection's view restriction and then streams the file from the bucket through
Django. Wagtail's other methods would leak restricted documents: "redirect" (its
default for storages without local paths) answers with the signed URL, which anyone
who gets the link can fetch until it expires, and "direct" links the bucket URL
without any check.
"""

from urllib.parse import urlsplit

from botocore.config import Config

S3_BACKEND = "storages.backends.s3.S3Storage"


def s3_storage(
    bucket,
    *,
    endpoint_url="",
    region="",
    access_key="",
    secret_key="",
    custom_domain="",
    url_expire=86400,
):
    """The `STORAGES["default"]` entry for the bucket. Empty credentials leave them
    to boto3 (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, an instance role, ~/.aws).
    Signed image URLs live a day by default: longer than any cached page or
    fragment that carries them."""
    options = {
        "bucket_name": bucket,
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": url_expire,
        # Two uploads with the same name keep both files (Wagtail's expectation).
        "file_overwrite": False,
        # A bucket that does not answer costs a request seconds, not a worker.
        "client_config": Config(
            connect_timeout=5, read_timeout=30, retries={"max_attempts": 3}
        ),
    }
    if endpoint_url:
        options["endpoint_url"] = endpoint_url
    if region:
        options["region_name"] = region
    if access_key:
        options["access_key"] = access_key
        options["secret_key"] = secret_key
    if custom_domain:
        options["custom_domain"] = custom_domain
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def media_origins(storage):
    """Where the pages' images come from with this storage (for the
    Content-Security-Policy): none when the site serves media itself."""
    if storage.get("BACKEND") != S3_BACKEND:
        return []
    options = storage["OPTIONS"]
    if options.get("custom_domain"):
        return [f"https://{options['custom_domain']}"]
    endpoint = options.get("endpoint_url")
    if endpoint:
        parts = urlsplit(endpoint)
        return [f"{parts.scheme}://{parts.netloc}"]
    region = options.get("region_name")
    host = f"s3.{region}.amazonaws.com" if region else "s3.amazonaws.com"
    return [f"https://{options['bucket_name']}.{host}", f"https://{host}"]
