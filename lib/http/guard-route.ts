import { routeFailureOf, type RouteFailure } from "./route-failure";

/**
 * Renders a failure in one route family's body shape (the API's envelope, the app's
 * `{code, key}`). The request is missing only when a test calls a probe without one.
 */
export type FailureAnswer = (failure: RouteFailure, request: Request | undefined) => Response;

type RouteHandler = (...args: never[]) => Response | Promise<Response>;

/**
 * The one guard of every route handler under app/api: whatever the handler throws goes
 * through routeFailureOf (the one error-to-response mapping) and comes back in the body
 * shape `answer` gives it. The route families (apiRoute, guardedRoute and with it roomRoute
 * and liveRoute) add their own checks inside it. The arguments Next.js passes are handed on
 * unchanged, and a handler that answers synchronously still does: a liveness probe must not
 * wait for anything.
 */
export function guardRoute<H extends RouteHandler>(answer: FailureAnswer, handler: H): H {
  const guarded = (...args: Parameters<H>): Response | Promise<Response> => {
    const fail = (error: unknown) => answer(routeFailureOf(error), args[0] as Request | undefined);
    try {
      const response = handler(...args);
      return response instanceof Promise ? response.catch(fail) : response;
    } catch (error) {
      return fail(error);
    }
  };
  // Same parameters and the same sync or async answer as the handler: Next.js checks route exports' types.
  return guarded as H;
}
