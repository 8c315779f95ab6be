class SecurityHeadersMiddleware:
    """Placeholder: CSP and security headers (issue 10) replace this pass-through."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)
