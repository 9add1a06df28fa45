// The explorer's only way to the data: POST /graphql with the queries any app developer could write.
// Two kinds of failure are kept apart: the API cannot be reached (network error, 5xx: retried by
// useQuery until it answers) and the API answered with GraphQL errors (shown, not retried).

export const endpoint = (document.querySelector('meta[name="graphql-endpoint"]') as HTMLMetaElement | null)?.content || '/graphql';

export class ApiUnreachable extends Error {}

export class QueryFailed extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('; '));
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiUnreachable(String(error));
  }
  if (response.status >= 500) throw new ApiUnreachable(`HTTP ${response.status}`);
  let body: { data?: T | null; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiUnreachable(`HTTP ${response.status}: not a GraphQL response`);
  }
  if (body.errors?.length) throw new QueryFailed(body.errors.map((e) => e.message));
  if (!body.data) throw new QueryFailed([`HTTP ${response.status} without data`]);
  return body.data;
}
