import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/db/env";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 description (public: it holds no data). */
export function GET() {
  return Response.json(openApiDocument({ ratePerMinute: env().API_RATE_PER_MINUTE }));
}
