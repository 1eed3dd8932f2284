package org.mbcnav.cohort.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Kryo serializers for the job's own records. Kryo's default serializer cannot build Java
 * records (it sets fields after construction), so the export lines, which make up the shuffle,
 * get a serializer written field by field, and every other record (the knowledge shipped once per
 * job, outcomes if the cache spills to disk) keeps Java serialization.
 */
public final class JobKryo implements KryoRegistrator {
    @Override
    public void registerClasses(Kryo kryo) {
        kryo.register(ExportLine.class, new ExportLineSerializer());
        kryo.addDefaultSerializer(Record.class, JavaSerializer.class);
    }

    static final class ExportLineSerializer extends Serializer<ExportLine> {
        @Override
        public void write(Kryo kryo, Output out, ExportLine l) {
            out.writeString(l.kind());
            out.writeString(l.patientId());
            out.writeString(l.resourceType());
            out.writeString(l.id());
            out.writeInt(l.file(), true);
            out.writeInt(l.partition(), true);
            out.writeLong(l.index(), true);
            out.writeInt(l.column(), true);
            out.writeString(l.problem());
            out.writeString(l.text());
        }

        @Override
        public ExportLine read(Kryo kryo, Input in, Class<ExportLine> type) {
            return new ExportLine(in.readString(), in.readString(), in.readString(), in.readString(), in.readInt(true),
                    in.readInt(true), in.readLong(true), in.readInt(true), in.readString(), in.readString());
        }
    }
}
