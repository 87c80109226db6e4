-- distinct
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
)
SELECT DISTINCT kind, value FROM (
  SELECT 'month' AS kind, month_text AS value FROM src
  UNION ALL SELECT 'market' AS kind, market AS value FROM src
  UNION ALL SELECT 'seats' AS kind, available_text AS value FROM src
  UNION ALL SELECT 'seats' AS kind, assigned_text AS value FROM src
  UNION ALL SELECT 'seats' AS kind, active_text AS value FROM src
) cells
WHERE kind <> 'seats' OR NOT value ~ '^[0-9]{1,15}$'
ORDER BY kind, value;

-- months
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
),
month_map(month_text, month) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('2026-01-01', '2026-01'),
    ('02/01/2026', '2026-02'),
    ('not a month', NULL)),
market_map(market_text, code) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('Côte d''Ivoire', 'CI'),
    ('Netherlands', 'NL'),
    ('Atlantis', NULL)),
seat_map(seat_text, seats) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS BIGINT)),
    ('', 0),
    ('10', 10),
    ('ten', NULL)),
checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END AS available, CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END AS assigned,
    CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END AS active,
    CASE WHEN s.revenue_text <> '' AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END) THEN CAST(s.revenue_text AS DOUBLE PRECISION) END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END IS NOT NULL AND CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END IS NOT NULL
      AND CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END IS NOT NULL AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END)
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
),
kept AS (
  SELECT * FROM checked WHERE usable = 1 AND market_code IN ('NL', 'CI') AND segment IN ('O''Brien \ Co')
)
SELECT month, COUNT(*) AS row_count, SUM(available) AS available, SUM(assigned) AS assigned, SUM(active) AS active
FROM kept
GROUP BY month
ORDER BY month;

-- input
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
),
month_map(month_text, month) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('2026-01-01', '2026-01'),
    ('02/01/2026', '2026-02'),
    ('not a month', NULL)),
market_map(market_text, code) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('Côte d''Ivoire', 'CI'),
    ('Netherlands', 'NL'),
    ('Atlantis', NULL)),
seat_map(seat_text, seats) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS BIGINT)),
    ('', 0),
    ('10', 10),
    ('ten', NULL)),
checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END AS available, CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END AS assigned,
    CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END AS active,
    CASE WHEN s.revenue_text <> '' AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END) THEN CAST(s.revenue_text AS DOUBLE PRECISION) END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END IS NOT NULL AND CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END IS NOT NULL
      AND CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END IS NOT NULL AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END)
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
),
kept AS (
  SELECT * FROM checked WHERE usable = 1 AND market_code IN ('NL', 'CI') AND segment IN ('O''Brien \ Co')
)
SELECT
  SUM(CASE WHEN usable = 1 THEN 1 ELSE 0 END) AS read_count,
  SUM(CASE WHEN usable = 0 AND blank = 0 THEN 1 ELSE 0 END) AS skipped_count,
  SUM(CASE WHEN usable = 1 AND available_text = '' THEN 1 ELSE 0 END) AS empty_available,
  (SELECT COUNT(*) FROM kept) AS row_count,
  (SELECT COUNT(revenue) FROM kept) AS revenue_cells
FROM checked;

-- sku
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
),
month_map(month_text, month) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('2026-01-01', '2026-01'),
    ('02/01/2026', '2026-02'),
    ('not a month', NULL)),
market_map(market_text, code) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('Côte d''Ivoire', 'CI'),
    ('Netherlands', 'NL'),
    ('Atlantis', NULL)),
seat_map(seat_text, seats) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS BIGINT)),
    ('', 0),
    ('10', 10),
    ('ten', NULL)),
checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END AS available, CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END AS assigned,
    CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END AS active,
    CASE WHEN s.revenue_text <> '' AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END) THEN CAST(s.revenue_text AS DOUBLE PRECISION) END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END IS NOT NULL AND CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END IS NOT NULL
      AND CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END IS NOT NULL AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END)
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
),
kept AS (
  SELECT * FROM checked WHERE usable = 1 AND market_code IN ('NL', 'CI') AND segment IN ('O''Brien \ Co')
)
SELECT sku, month, COUNT(*) AS row_count, SUM(available) AS available, SUM(assigned) AS assigned, SUM(active) AS active
FROM kept
WHERE month IN ('2026-01', '2026-02')
GROUP BY sku, month
ORDER BY sku COLLATE "C", month;

-- geo
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
),
month_map(month_text, month) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('2026-01-01', '2026-01'),
    ('02/01/2026', '2026-02'),
    ('not a month', NULL)),
market_map(market_text, code) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('Côte d''Ivoire', 'CI'),
    ('Netherlands', 'NL'),
    ('Atlantis', NULL)),
seat_map(seat_text, seats) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS BIGINT)),
    ('', 0),
    ('10', 10),
    ('ten', NULL)),
checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END AS available, CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END AS assigned,
    CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END AS active,
    CASE WHEN s.revenue_text <> '' AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END) THEN CAST(s.revenue_text AS DOUBLE PRECISION) END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END IS NOT NULL AND CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END IS NOT NULL
      AND CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END IS NOT NULL AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END)
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
),
kept AS (
  SELECT * FROM checked WHERE usable = 1 AND market_code IN ('NL', 'CI') AND segment IN ('O''Brien \ Co')
)
SELECT market_code, market, COUNT(*) AS row_count, SUM(available) AS available, SUM(assigned) AS assigned, SUM(active) AS active
FROM kept
WHERE month = '2026-02'
GROUP BY market_code, market
ORDER BY market_code COLLATE "C", market COLLATE "C";

-- markets
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
),
month_map(month_text, month) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('2026-01-01', '2026-01'),
    ('02/01/2026', '2026-02'),
    ('not a month', NULL)),
market_map(market_text, code) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('Côte d''Ivoire', 'CI'),
    ('Netherlands', 'NL'),
    ('Atlantis', NULL)),
seat_map(seat_text, seats) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS BIGINT)),
    ('', 0),
    ('10', 10),
    ('ten', NULL)),
checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END AS available, CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END AS assigned,
    CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END AS active,
    CASE WHEN s.revenue_text <> '' AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END) THEN CAST(s.revenue_text AS DOUBLE PRECISION) END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END IS NOT NULL AND CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END IS NOT NULL
      AND CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END IS NOT NULL AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END)
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
),
kept AS (
  SELECT * FROM checked WHERE usable = 1 AND market_code IN ('NL', 'CI') AND segment IN ('O''Brien \ Co')
)
SELECT month, market_code, market, COUNT(*) AS row_count, SUM(available) AS available, SUM(assigned) AS assigned, SUM(active) AS active
FROM kept
WHERE month IN ('2026-01', '2026-02')
GROUP BY month, market_code, market
ORDER BY month, market_code COLLATE "C", market COLLATE "C";

-- customerNames
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
),
month_map(month_text, month) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('2026-01-01', '2026-01'),
    ('02/01/2026', '2026-02'),
    ('not a month', NULL)),
market_map(market_text, code) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('Côte d''Ivoire', 'CI'),
    ('Netherlands', 'NL'),
    ('Atlantis', NULL)),
seat_map(seat_text, seats) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS BIGINT)),
    ('', 0),
    ('10', 10),
    ('ten', NULL)),
checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END AS available, CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END AS assigned,
    CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END AS active,
    CASE WHEN s.revenue_text <> '' AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END) THEN CAST(s.revenue_text AS DOUBLE PRECISION) END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END IS NOT NULL AND CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END IS NOT NULL
      AND CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END IS NOT NULL AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END)
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
),
kept AS (
  SELECT * FROM checked WHERE usable = 1 AND market_code IN ('NL', 'CI') AND segment IN ('O''Brien \ Co')
)
,
customer_latest AS (
  SELECT customer_key, MAX(month) AS month FROM kept GROUP BY customer_key
),
customer_names AS (
  SELECT k.customer_key AS customer_key, MIN(k.customer_name COLLATE "C") AS customer_name
  FROM kept k JOIN customer_latest l ON l.customer_key = k.customer_key AND l.month = k.month
  GROUP BY k.customer_key
)
SELECT customer_key, customer_name FROM customer_names
ORDER BY customer_key COLLATE "C";

-- topCustomers
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
),
month_map(month_text, month) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('2026-01-01', '2026-01'),
    ('02/01/2026', '2026-02'),
    ('not a month', NULL)),
market_map(market_text, code) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('Côte d''Ivoire', 'CI'),
    ('Netherlands', 'NL'),
    ('Atlantis', NULL)),
seat_map(seat_text, seats) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS BIGINT)),
    ('', 0),
    ('10', 10),
    ('ten', NULL)),
checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END AS available, CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END AS assigned,
    CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END AS active,
    CASE WHEN s.revenue_text <> '' AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END) THEN CAST(s.revenue_text AS DOUBLE PRECISION) END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END IS NOT NULL AND CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END IS NOT NULL
      AND CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END IS NOT NULL AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END)
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
),
kept AS (
  SELECT * FROM checked WHERE usable = 1 AND market_code IN ('NL', 'CI') AND segment IN ('O''Brien \ Co')
)
,
customer_latest AS (
  SELECT customer_key, MAX(month) AS month FROM kept GROUP BY customer_key
),
customer_names AS (
  SELECT k.customer_key AS customer_key, MIN(k.customer_name COLLATE "C") AS customer_name
  FROM kept k JOIN customer_latest l ON l.customer_key = k.customer_key AND l.month = k.month
  GROUP BY k.customer_key
),
customer_window AS (
  SELECT customer_key,
    SUM(CASE WHEN month = '2026-02' THEN available ELSE 0 END) AS available_seats,
    SUM(revenue) AS revenue
  FROM kept
  WHERE month IN ('2026-01', '2026-02')
  GROUP BY customer_key
)
SELECT w.customer_key AS customer_key, n.customer_name AS customer_name,
  w.available_seats AS available_seats, w.revenue AS revenue
FROM customer_window w JOIN customer_names n ON n.customer_key = w.customer_key
ORDER BY ROUND(COALESCE(w.revenue, 0) * 100) DESC, w.available_seats DESC, n.customer_name COLLATE "C", w.customer_key COLLATE "C"
LIMIT 5;

-- subscriptions
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
),
month_map(month_text, month) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('2026-01-01', '2026-01'),
    ('02/01/2026', '2026-02'),
    ('not a month', NULL)),
market_map(market_text, code) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('Côte d''Ivoire', 'CI'),
    ('Netherlands', 'NL'),
    ('Atlantis', NULL)),
seat_map(seat_text, seats) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS BIGINT)),
    ('', 0),
    ('10', 10),
    ('ten', NULL)),
checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END AS available, CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END AS assigned,
    CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END AS active,
    CASE WHEN s.revenue_text <> '' AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END) THEN CAST(s.revenue_text AS DOUBLE PRECISION) END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END IS NOT NULL AND CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END IS NOT NULL
      AND CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END IS NOT NULL AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END)
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
),
kept AS (
  SELECT * FROM checked WHERE usable = 1 AND market_code IN ('NL', 'CI') AND segment IN ('O''Brien \ Co')
)
,
latest AS (
  SELECT subscription_id, customer_name, customer_key, sku, market, segment, end_date,
    ROW_NUMBER() OVER (
      PARTITION BY subscription_id
      ORDER BY month DESC, customer_name COLLATE "C", customer_key COLLATE "C", sku COLLATE "C", market COLLATE "C", segment COLLATE "C", end_date COLLATE "C"
    ) AS pick
  FROM kept
),
seats AS (
  SELECT subscription_id,
    SUM(CASE WHEN month = '2026-01' THEN available ELSE 0 END) AS a0,
    SUM(CASE WHEN month = '2026-01' THEN active ELSE 0 END) AS t0,
    SUM(CASE WHEN month = '2026-01' THEN assigned ELSE 0 END) AS g0,
    SUM(CASE WHEN month = '2026-01' THEN 1 ELSE 0 END) AS r0,
    SUM(CASE WHEN month = '2026-02' THEN available ELSE 0 END) AS a1,
    SUM(CASE WHEN month = '2026-02' THEN active ELSE 0 END) AS t1,
    SUM(CASE WHEN month = '2026-02' THEN assigned ELSE 0 END) AS g1,
    SUM(CASE WHEN month = '2026-02' THEN 1 ELSE 0 END) AS r1
  FROM kept
  WHERE month IN ('2026-01', '2026-02')
  GROUP BY subscription_id
)
SELECT l.subscription_id AS subscription_id, l.customer_name AS customer_name,
  l.customer_key AS customer_key, l.sku AS sku, l.market AS market, l.segment AS segment,
  l.end_date AS end_date,
  s.a0 AS a0, s.t0 AS t0, s.g0 AS g0, s.r0 AS r0,
  s.a1 AS a1, s.t1 AS t1, s.g1 AS g1, s.r1 AS r1
FROM seats s JOIN latest l ON l.subscription_id = s.subscription_id AND l.pick = 1
ORDER BY l.customer_name COLLATE "C", l.sku COLLATE "C", l.subscription_id COLLATE "C";

-- subscriptionCount
WITH
cells AS (
  SELECT
    CASE WHEN ascii(left(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SubscriptionId" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SubscriptionId" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SubscriptionId" AS TEXT), '') END AS subscription_id,
    CASE WHEN ascii(left(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Month" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Month" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Month" AS TEXT), '') END AS month_text,
    CASE WHEN ascii(left(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("SKU" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("SKU" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("SKU" AS TEXT), '') END AS sku,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerName" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerName" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerName" AS TEXT), '') END AS customer_name,
    CASE WHEN ascii(left(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Customer Tenant Id" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Customer Tenant Id" AS TEXT), '') END AS tenant_id,
    CASE WHEN ascii(left(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("CustomerMarket" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("CustomerMarket" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("CustomerMarket" AS TEXT), '') END AS market,
    '' AS segment,
    '' AS sales_model,
    '' AS partner_location,
    '' AS partner_attach_type,
    '' AS end_date,
    CASE WHEN ascii(left(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AvailableSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AvailableSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AvailableSeats" AS TEXT), '') END AS available_text,
    CASE WHEN ascii(left(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("AssignedSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("AssignedSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("AssignedSeats" AS TEXT), '') END AS assigned_text,
    CASE WHEN ascii(left(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("ActiveSeats" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("ActiveSeats" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("ActiveSeats" AS TEXT), '') END AS active_text,
    CASE WHEN ascii(left(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("BilledRevenueUSD" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("BilledRevenueUSD" AS TEXT), '') END AS revenue_text,
    CASE WHEN CASE WHEN ascii(left(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) OR ascii(right(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), 1)) IN (9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279) THEN btrim(COALESCE(CAST("Partner ""Notes""" AS TEXT), ''), chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760) || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198) || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239) || chr(8287) || chr(12288) || chr(65279)) ELSE COALESCE(CAST("Partner ""Notes""" AS TEXT), '') END = ''
      THEN 1 ELSE 0 END AS others_blank
  FROM usage_export
),
src AS (
  SELECT *, CASE WHEN subscription_id = '' AND month_text = '' AND sku = '' AND customer_name = '' AND tenant_id = '' AND market = '' AND available_text = '' AND assigned_text = '' AND active_text = '' AND revenue_text = '' AND others_blank = 1 THEN 1 ELSE 0 END AS blank FROM cells
),
month_map(month_text, month) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('2026-01-01', '2026-01'),
    ('02/01/2026', '2026-02'),
    ('not a month', NULL)),
market_map(market_text, code) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS TEXT)),
    ('Côte d''Ivoire', 'CI'),
    ('Netherlands', 'NL'),
    ('Atlantis', NULL)),
seat_map(seat_text, seats) AS (VALUES
    (CAST(NULL AS TEXT), CAST(NULL AS BIGINT)),
    ('', 0),
    ('10', 10),
    ('ten', NULL)),
checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END AS available, CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END AS assigned,
    CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END AS active,
    CASE WHEN s.revenue_text <> '' AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END) THEN CAST(s.revenue_text AS DOUBLE PRECISION) END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND CASE WHEN s.available_text ~ '^[0-9]{1,15}$' THEN CAST(s.available_text AS BIGINT) ELSE a.seats END IS NOT NULL AND CASE WHEN s.assigned_text ~ '^[0-9]{1,15}$' THEN CAST(s.assigned_text AS BIGINT) ELSE g.seats END IS NOT NULL
      AND CASE WHEN s.active_text ~ '^[0-9]{1,15}$' THEN CAST(s.active_text AS BIGINT) ELSE t.seats END IS NOT NULL AND (s.revenue_text = '' OR CASE WHEN s.revenue_text ~ '^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$' THEN abs(CAST(s.revenue_text AS DOUBLE PRECISION)) < 9007199254740992 ELSE FALSE END)
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
),
kept AS (
  SELECT * FROM checked WHERE usable = 1 AND market_code IN ('NL', 'CI') AND segment IN ('O''Brien \ Co')
)
SELECT COUNT(DISTINCT subscription_id) AS subscription_count
FROM kept
WHERE month IN ('2026-01', '2026-02');
