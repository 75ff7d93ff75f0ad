CREATE TABLE "mention_index" (
	"doc_id" text NOT NULL,
	"mention_id" text NOT NULL,
	"event" text NOT NULL,
	"day_start" integer,
	"day_end" integer,
	"campaign" boolean NOT NULL,
	CONSTRAINT "mention_index_doc_id_mention_id_pk" PRIMARY KEY("doc_id","mention_id")
);
--> statement-breakpoint
CREATE TABLE "resolved_docs" (
	"doc_id" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mention_index" ADD CONSTRAINT "mention_index_doc_id_documents_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolved_docs" ADD CONSTRAINT "resolved_docs_doc_id_documents_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mention_index_window_idx" ON "mention_index" USING btree ("event","day_start");