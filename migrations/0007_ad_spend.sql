CREATE TABLE `ad_spend` (
	`day` text NOT NULL,
	`source` text NOT NULL,
	`campaign` text NOT NULL,
	`currency` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`imported_at` integer NOT NULL,
	PRIMARY KEY(`day`, `source`, `campaign`, `currency`)
);
