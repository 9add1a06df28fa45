// Starts GraphiQL against this server's GraphQL endpoint. The server writes the settings into
// #graphiql-config, so nothing here is hard-coded to a path or a query.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('graphiql-config').textContent);

  // Our own fetcher rather than GraphiQL's createFetcher: it asks for the GraphQL-over-HTTP
  // media type and turns a non-JSON failure (e.g. a proxy's HTML error page) into a GraphQL error,
  // so the result pane always says what went wrong.
  function fetcher(params, options) {
    var headers = Object.assign({
      'Content-Type': 'application/json',
      'Accept': 'application/graphql-response+json, application/json;q=0.9'
    }, (options && options.headers) || {});
    return fetch(config.endpoint, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: JSON.stringify(params)
    }).then(function (response) {
      return response.text().then(function (text) {
        try {
          return JSON.parse(text);
        } catch (e) {
          return { errors: [{ message: 'HTTP ' + response.status + ' ' + response.statusText + ': ' + text.slice(0, 500) }] };
        }
      });
    });
  }

  // A link such as /graphql?query=...&variables=... opens with that operation instead of the example.
  var search = new URLSearchParams(window.location.search);
  var props = {
    fetcher: fetcher,
    defaultQuery: config.defaultQuery,
    defaultEditorToolsVisibility: true
  };
  if (search.has('query')) props.query = search.get('query');
  if (search.has('variables')) props.variables = search.get('variables');
  if (search.has('operationName')) props.operationName = search.get('operationName');

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, props));
})();
