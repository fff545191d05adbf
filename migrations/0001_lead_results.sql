ALTER TABLE `leads` ADD `score` integer;--> statement-breakpoint
ALTER TABLE `leads` ADD `tier` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `leads` ADD `results` text DEFAULT '{"computed":{}}' NOT NULL;--> statement-breakpoint
CREATE INDEX `leads_tier_created` ON `leads` (`tier`,`created_at`);