CREATE TABLE `token_versions` (
	`workshop_id` text NOT NULL,
	`subject` text NOT NULL,
	`version` integer NOT NULL,
	PRIMARY KEY(`workshop_id`, `subject`),
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
