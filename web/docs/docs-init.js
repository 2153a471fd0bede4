// Renders the API's own OpenAPI document, served by the same origin; "Try it out" calls this origin first.
fetch('/openapi.json')
  .then((response) => response.json())
  .then((spec) => {
    spec.servers = [{ url: location.origin, description: 'This server' }, ...(spec.servers ?? []).filter((s) => s.url !== location.origin)];
    window.ui = SwaggerUIBundle({ spec, dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });
  });
