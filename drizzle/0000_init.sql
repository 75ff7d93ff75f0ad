CREATE TABLE "claims" (
	"doc_id" text NOT NULL,
	"idx" integer NOT NULL,
	"mention_id" text NOT NULL,
	"stance" text NOT NULL,
	"source" text,
	"conveyed_by" text,
	"reported_by" text,
	"hedges" jsonb NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"data" json NOT NULL,
	CONSTRAINT "claims_doc_id_idx_pk" PRIMARY KEY("doc_id","idx")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text,
	"outlet" text,
	"title" text,
	"language" text NOT NULL,
	"published" text,
	"source" text,
	"format" text,
	"ingested_at" text,
	"text" text NOT NULL,
	"raw" text,
	"layers" json NOT NULL,
	"messages" json NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_history" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"kind" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_mentions" (
	"event_id" text NOT NULL,
	"doc_id" text NOT NULL,
	"mention_id" text NOT NULL,
	CONSTRAINT "event_mentions_event_id_doc_id_mention_id_pk" PRIMARY KEY("event_id","doc_id","mention_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"event" text NOT NULL,
	"mode" text,
	"date" text,
	"enddate" text,
	"granularity" text,
	"status" text NOT NULL,
	"record" json NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text,
	"doc_id" text,
	"status" text NOT NULL,
	"code" text,
	"message" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"doc_id" text NOT NULL,
	"mention_id" text NOT NULL,
	"event" text NOT NULL,
	"mode" text,
	"modality" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	"data" json NOT NULL,
	CONSTRAINT "mentions_doc_id_mention_id_pk" PRIMARY KEY("doc_id","mention_id")
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_doc_id_documents_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_mentions" ADD CONSTRAINT "event_mentions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_doc_id_documents_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_mention_idx" ON "claims" USING btree ("doc_id","mention_id");--> statement-breakpoint
CREATE INDEX "documents_published_idx" ON "documents" USING btree ("published");--> statement-breakpoint
CREATE INDEX "event_history_event_idx" ON "event_history" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_mentions_mention_idx" ON "event_mentions" USING btree ("doc_id","mention_id");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "events" USING btree ("date");--> statement-breakpoint
CREATE INDEX "events_event_idx" ON "events" USING btree ("event");--> statement-breakpoint
CREATE INDEX "mentions_event_idx" ON "mentions" USING btree ("event");