/**
 * Webhooks: endpoints ({@code webhook_endpoint}) and their deliveries ({@code webhook_delivery}),
 * the admin API {@code /api/admin/webhooks}, and the background sender that copies events from the
 * outbox into deliveries and posts them signed ({@link io.roster.webhook.WebhookSender}). Reads the
 * outbox through {@link io.roster.outbox.EventJson}; the outbox knows nothing of webhooks.
 */
package io.roster.webhook;
