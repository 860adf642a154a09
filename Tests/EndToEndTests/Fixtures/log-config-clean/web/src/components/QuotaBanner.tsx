import { useEffect, useState } from "react";

type Quota = { used: number; limit: number };

export function QuotaBanner({ tenantId }: { tenantId: string }) {
  const [quota, setQuota] = useState<Quota | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/v1/quotas?tenant_id=${tenantId}`, { signal: controller.signal })
      .then((res) => res.json())
      .then((rows: Quota[]) => setQuota(rows[0] ?? null))
      .catch((err) => {
        if (err.name !== "AbortError") {
          console.error("quota fetch failed", err);
        }
      });
    return () => controller.abort();
  }, [tenantId]);

  if (!quota) {
    return null;
  }
  const ratio = quota.used / quota.limit;
  return (
    <div className={ratio > 0.9 ? "banner banner--warn" : "banner"} role="status">
      {quota.used} / {quota.limit} requests this month
    </div>
  );
}
