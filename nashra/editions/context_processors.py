from .middleware import get_edition


def edition(request):
    """Expose the request's edition to every template as ``edition``."""
    if not hasattr(request, "edition"):
        return {}
    return {"edition": get_edition(request)}
