-- funnel_counts gains variant in its key: SQLite rebuilds the table (no foreign keys point at it); old rows count as outside any test.
CREATE TABLE `form_tests` (
	`form_slug` text NOT NULL,
	`test_id` text NOT NULL,
	`winner` text NOT NULL,
	`ended_at` integer NOT NULL,
	PRIMARY KEY(`form_slug`, `test_id`)
);
--> statement-breakpoint
CREATE TABLE `__new_funnel_counts` (
	`form_slug` text NOT NULL,
	`day` text NOT NULL,
	`source` text NOT NULL,
	`event` text NOT NULL,
	`step` text DEFAULT '' NOT NULL,
	`variant` text DEFAULT '' NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`form_slug`, `day`, `source`, `event`, `step`, `variant`)
);
--> statement-breakpoint
INSERT INTO `__new_funnel_counts`("form_slug", "day", "source", "event", "step", "variant", "count") SELECT "form_slug", "day", "source", "event", "step", '', "count" FROM `funnel_counts`;--> statement-breakpoint
DROP TABLE `funnel_counts`;--> statement-breakpoint
ALTER TABLE `__new_funnel_counts` RENAME TO `funnel_counts`;--> statement-breakpoint
CREATE INDEX `funnel_counts_day` ON `funnel_counts` (`day`);