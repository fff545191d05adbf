CREATE TABLE `studio_forms` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`draft` text NOT NULL,
	`draft_revision` integer DEFAULT 1 NOT NULL,
	`draft_saved_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`archived_at` integer,
	`published_number` integer
);
--> statement-breakpoint
CREATE TABLE `studio_pages` (
	`slug` text NOT NULL,
	`version` text NOT NULL,
	`path` text NOT NULL,
	`build` text NOT NULL,
	`html` text NOT NULL,
	`etag` text NOT NULL,
	`rendered_at` integer NOT NULL,
	PRIMARY KEY(`slug`, `version`, `path`),
	FOREIGN KEY (`slug`) REFERENCES `studio_forms`(`slug`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `studio_versions` (
	`slug` text NOT NULL,
	`number` integer NOT NULL,
	`version` text NOT NULL,
	`definition` text NOT NULL,
	`published_at` integer NOT NULL,
	`published_by` text NOT NULL,
	`note` text,
	PRIMARY KEY(`slug`, `number`),
	FOREIGN KEY (`slug`) REFERENCES `studio_forms`(`slug`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `studio_versions_hash` ON `studio_versions` (`slug`,`version`);