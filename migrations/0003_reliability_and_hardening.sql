CREATE TABLE `admin_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`password_tag` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE INDEX `admin_sessions_expires` ON `admin_sessions` (`expires_at`);--> statement-breakpoint
DROP INDEX `webhook_outbox_lead`;--> statement-breakpoint
ALTER TABLE `webhook_outbox` ADD `channel` text DEFAULT 'webhook' NOT NULL;--> statement-breakpoint
ALTER TABLE `webhook_outbox` ADD `seq` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `webhook_outbox_lead` ON `webhook_outbox` (`lead_id`,`endpoint`,`seq`);--> statement-breakpoint
ALTER TABLE `lead_revisions` ADD `incoming` text;--> statement-breakpoint
ALTER TABLE `lead_revisions` ADD `applied` text;--> statement-breakpoint
ALTER TABLE `lead_revisions` ADD `policy` text;--> statement-breakpoint
CREATE INDEX `funnel_counts_day` ON `funnel_counts` (`day`);