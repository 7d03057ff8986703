CREATE TABLE "index_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "passage_terms" (
	"term" text NOT NULL,
	"passage_id" uuid NOT NULL,
	"tf" real NOT NULL,
	CONSTRAINT "passage_terms_term_passage_id_pk" PRIMARY KEY("term","passage_id")
);
--> statement-breakpoint
CREATE TABLE "passage_texts" (
	"passage_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"text" text NOT NULL,
	"reference" text NOT NULL,
	"title" text,
	CONSTRAINT "passage_texts_passage_id_lang_pk" PRIMARY KEY("passage_id","lang")
);
--> statement-breakpoint
CREATE TABLE "passages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collection" text NOT NULL,
	"source_key" text NOT NULL,
	"document_id" uuid,
	"owner_id" uuid,
	"conversation_id" uuid,
	"title" text,
	"surah" integer,
	"verse_from" integer,
	"verse_to" integer,
	"locator" jsonb,
	"content_hash" text NOT NULL,
	"term_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "passage_terms" ADD CONSTRAINT "passage_terms_passage_id_passages_id_fk" FOREIGN KEY ("passage_id") REFERENCES "public"."passages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passage_texts" ADD CONSTRAINT "passage_texts_passage_id_passages_id_fk" FOREIGN KEY ("passage_id") REFERENCES "public"."passages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passages" ADD CONSTRAINT "passages_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "passage_terms_passage_idx" ON "passage_terms" USING btree ("passage_id");--> statement-breakpoint
CREATE UNIQUE INDEX "passages_source_key" ON "passages" USING btree ("collection","source_key");--> statement-breakpoint
CREATE INDEX "passages_scope_idx" ON "passages" USING btree ("owner_id","conversation_id");--> statement-breakpoint
CREATE INDEX "passages_document_idx" ON "passages" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "passages_verses_idx" ON "passages" USING btree ("surah","verse_from");