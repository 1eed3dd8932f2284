package org.mbcnav.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import org.mbcnav.model.patient.Coded;

/**
 * Reads and writes every model enum by its stable code (e.g. "postmenopausal", "her2-low")
 * rather than its Java name, so that files never depend on Java naming.
 */
final class CodedEnums extends SimpleModule {
    private static final long serialVersionUID = 1L;

    CodedEnums() {
        super("coded-enums");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                if (Coded.class.isAssignableFrom(type.getRawClass())) {
                    return new Reader(type.getRawClass());
                }
                return deserializer;
            }
        });
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
                                                          BeanDescription beanDesc, JsonSerializer<?> serializer) {
                if (Coded.class.isAssignableFrom(valueType.getRawClass())) {
                    return new Writer();
                }
                return serializer;
            }

            @Override
            public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType valueType,
                                                                BeanDescription beanDesc, JsonSerializer<?> serializer) {
                return serializer;
            }
        });
    }

    private static final class Reader extends JsonDeserializer<Object> {
        private final Class<?> type;

        Reader(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            for (Object constant : type.getEnumConstants()) {
                if (((Coded) constant).code().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            return ctxt.handleWeirdStringValue(type, text, "not one of the allowed values");
        }
    }

    private static final class Writer extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(((Coded) value).code());
        }
    }
}
