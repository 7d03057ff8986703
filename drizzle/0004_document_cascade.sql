-- Passages whose document is gone (left by a delete that raced an ingestion job) go first, or the key below could not be added.
DELETE FROM "passages" WHERE "document_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "documents" d WHERE d."id" = "passages"."document_id");--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "passages" ADD CONSTRAINT "passages_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;