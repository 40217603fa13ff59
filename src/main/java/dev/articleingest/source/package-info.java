/** The S3 adapter: reads the object version an event names, within a size limit. */
package dev.articleingest.source;
