CREATE TABLE `platform_leads` (
	`id` text PRIMARY KEY NOT NULL,
	`platform` text NOT NULL,
	`external_id` text NOT NULL,
	`form_slug` text NOT NULL,
	`account_id` text NOT NULL,
	`ids` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`lead_id` text,
	`received_at` integer NOT NULL,
	`stored_at` integer
);
--> statement-breakpoint
CREATE INDEX `platform_leads_due` ON `platform_leads` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `platform_leads_received` ON `platform_leads` (`received_at`);