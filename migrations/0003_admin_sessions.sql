CREATE TABLE `admin_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`password_tag` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE INDEX `admin_sessions_expires` ON `admin_sessions` (`expires_at`);