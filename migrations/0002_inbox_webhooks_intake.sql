-- webhook_outbox was never written before this release, and SQLite cannot add NOT NULL columns: recreate it.
DROP TABLE `webhook_outbox`;--> statement-breakpoint
CREATE TABLE `webhook_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`lead_id` text NOT NULL,
	`form_slug` text NOT NULL,
	`endpoint` text NOT NULL,
	`event` text NOT NULL,
	`target` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`first_scheduled_at` integer NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`last_error` text,
	`delivered_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_outbox_due` ON `webhook_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_outbox_lead` ON `webhook_outbox` (`lead_id`);--> statement-breakpoint
CREATE INDEX `webhook_outbox_endpoint` ON `webhook_outbox` (`form_slug`,`endpoint`,`status`);--> statement-breakpoint
CREATE TABLE `funnel_counts` (
	`form_slug` text NOT NULL,
	`day` text NOT NULL,
	`source` text NOT NULL,
	`event` text NOT NULL,
	`step` text DEFAULT '' NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`form_slug`, `day`, `source`, `event`, `step`)
);
--> statement-breakpoint
CREATE TABLE `lead_events` (
	`id` text PRIMARY KEY NOT NULL,
	`lead_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lead_events_lead` ON `lead_events` (`lead_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `admin_login_attempts` (
	`client` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`failures` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `intake_keys` (
	`form_slug` text NOT NULL,
	`key` text NOT NULL,
	`lead_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`form_slug`, `key`),
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `intake_keys_lead` ON `intake_keys` (`lead_id`);--> statement-breakpoint
CREATE TABLE `lead_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`lead_id` text NOT NULL,
	`form_version` text NOT NULL,
	`answers` text NOT NULL,
	`results` text NOT NULL,
	`score` integer,
	`tier` text,
	`outcome` text,
	`attribution` text,
	`consent` text,
	`submitted_at` integer NOT NULL,
	`replaced_at` integer NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lead_revisions_lead` ON `lead_revisions` (`lead_id`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `partial_leads` (
	`id` text PRIMARY KEY NOT NULL,
	`form_slug` text NOT NULL,
	`form_version` text NOT NULL,
	`answers` text NOT NULL,
	`steps` text NOT NULL,
	`contact_email` text,
	`contact_phone` text,
	`consent` text NOT NULL,
	`attribution` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`completed_lead_id` text,
	FOREIGN KEY (`completed_lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partial_leads_form_email` ON `partial_leads` (`form_slug`,`contact_email`);--> statement-breakpoint
CREATE INDEX `partial_leads_form_phone` ON `partial_leads` (`form_slug`,`contact_phone`);--> statement-breakpoint
CREATE INDEX `partial_leads_expires` ON `partial_leads` (`expires_at`);--> statement-breakpoint
CREATE TABLE `webhook_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outbox_id` text NOT NULL,
	`attempt` integer NOT NULL,
	`started_at` integer NOT NULL,
	`duration_ms` integer NOT NULL,
	`http_status` integer,
	`error` text,
	`response_body` text,
	`decision` text NOT NULL,
	FOREIGN KEY (`outbox_id`) REFERENCES `webhook_outbox`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `webhook_attempts_outbox` ON `webhook_attempts` (`outbox_id`,`attempt`);--> statement-breakpoint
CREATE TABLE `webhook_endpoints` (
	`form_slug` text NOT NULL,
	`endpoint` text NOT NULL,
	`failing_since` integer,
	`last_success_at` integer,
	`disabled_at` integer,
	`disabled_reason` text,
	PRIMARY KEY(`form_slug`, `endpoint`)
);
--> statement-breakpoint
ALTER TABLE `leads` ADD `screening` text DEFAULT 'clean' NOT NULL;--> statement-breakpoint
ALTER TABLE `leads` ADD `screening_reason` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `attribution` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `consent` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `contact_phone` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `updated_at` integer;--> statement-breakpoint
CREATE INDEX `leads_form_email` ON `leads` (`form_slug`,`contact_email`);--> statement-breakpoint
CREATE INDEX `leads_form_phone` ON `leads` (`form_slug`,`contact_phone`);--> statement-breakpoint