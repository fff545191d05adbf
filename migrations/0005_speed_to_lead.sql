ALTER TABLE `leads` ADD `first_contact_at` integer;--> statement-breakpoint
ALTER TABLE `leads` ADD `reminded_at` integer;