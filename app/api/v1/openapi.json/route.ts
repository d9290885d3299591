import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 description (public: it holds no data). */
export function GET() {
  return Response.json(openApiDocument());
}
