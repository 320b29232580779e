package io.camelcj.quarkus.cj.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What the component's bytecode binds with Jackson, read without the extension's build steps: classes carrying a
 * Jackson annotation, the model package, classes whose {@code .class} literal is handed to a Jackson databind
 * call (the next call after the literal is loaded), and the component types reachable from their instance fields, getters and
 * constructors. Native mode needs each of them registered for reflection.
 */
final class ReflectiveReads {

    private static final String JACKSON = "com/fasterxml/jackson/";
    private static final String JACKSON_DATABIND = "com/fasterxml/jackson/databind/";
    private static final Pattern COMPONENT_TYPE = Pattern.compile("L(io/camelcj/[A-Za-z0-9_/$]+)[;<]");

    private final String packagePrefix;
    private final String modelPrefix;
    private final Map<String, ClassFacts> classes = new HashMap<>();

    private ReflectiveReads(String packageName, String modelPackage) {
        this.packagePrefix = packageName.replace('.', '/') + "/";
        this.modelPrefix = modelPackage.replace('.', '/') + "/";
    }

    /** The binary names (dots, {@code $} for nested) of the classes of {@code jar} Jackson binds reflectively. */
    static Set<String> of(Path jarOrDirectory, String packageName, String modelPackage) {
        ReflectiveReads reads = new ReflectiveReads(packageName, modelPackage);
        reads.scan(jarOrDirectory);
        return reads.reachable();
    }

    static Path codeSourceOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void scan(Path jarOrDirectory) {
        try {
            if (Files.isDirectory(jarOrDirectory)) {
                scanTree(jarOrDirectory);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(jarOrDirectory)) {
                    scanTree(jar.getPath("/"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scanTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassFacts facts = ClassFacts.read(in.readAllBytes());
                    if (facts.name.startsWith(packagePrefix)) {
                        classes.put(facts.name, facts);
                    }
                }
            }
        }
    }

    private Set<String> reachable() {
        Set<String> roots = new HashSet<>();
        for (ClassFacts facts : classes.values()) {
            if (facts.jacksonAnnotated || facts.name.startsWith(modelPrefix)) {
                roots.add(facts.name);
            }
            roots.addAll(facts.literalsHandedToJackson);
        }
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            ClassFacts facts = classes.get(name);
            if (facts == null || !seen.add(name)) {
                continue;
            }
            todo.addAll(facts.memberTypes);
        }
        Set<String> binaryNames = new TreeSet<>();
        seen.forEach(n -> binaryNames.add(n.replace('/', '.')));
        return binaryNames;
    }

    private static final class ClassFacts extends ClassVisitor {
        private String name;
        private boolean record;
        private boolean jacksonAnnotated;
        private final Set<String> literalsHandedToJackson = new HashSet<>();
        private final Set<String> memberTypes = new HashSet<>();

        private ClassFacts() {
            super(Opcodes.ASM9);
        }

        static ClassFacts read(byte[] bytes) {
            ClassFacts facts = new ClassFacts();
            new ClassReader(bytes).accept(facts, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return facts;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.name = name;
            this.record = "java/lang/Record".equals(superName);
            if (superName != null && superName.startsWith("io/camelcj/")) {
                memberTypes.add(superName);
            }
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            noteAnnotation(descriptor);
            return null;
        }

        @Override
        public FieldVisitor visitField(int access, String field, String descriptor, String signature, Object value) {
            if ((access & Opcodes.ACC_STATIC) == 0) {
                addComponentTypes(descriptor, signature);
            }
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    noteAnnotation(annotation);
                    return null;
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
            boolean instance = (access & Opcodes.ACC_STATIC) == 0;
            boolean getter = instance && Type.getArgumentTypes(descriptor).length == 0
                    && (method.startsWith("get") || method.startsWith("is") || record && isRecordAccessor(method));
            if (getter || (instance && method.equals("<init>") && (access & Opcodes.ACC_PUBLIC) != 0)) {
                addComponentTypes(descriptor, signature);
            }
            return new MethodVisitor(Opcodes.ASM9) {
                /** A class literal loaded since the last call: it counts when that call is Jackson's. */
                private String pendingLiteral;

                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    noteAnnotation(annotation);
                    return null;
                }

                @Override
                public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
                    noteAnnotation(annotation);
                    return null;
                }

                @Override
                public void visitLdcInsn(Object constant) {
                    if (constant instanceof Type type && type.getSort() == Type.OBJECT
                            && type.getInternalName().startsWith("io/camelcj/")) {
                        pendingLiteral = type.getInternalName();
                    }
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String called, String desc, boolean itf) {
                    if (pendingLiteral != null && owner.startsWith(JACKSON_DATABIND)) {
                        literalsHandedToJackson.add(pendingLiteral);
                    }
                    pendingLiteral = null;
                }
            };
        }

        /** In a record any no-argument instance method may be a component accessor: generous on purpose. */
        private static boolean isRecordAccessor(String method) {
            return !method.equals("toString") && !method.equals("hashCode") && !method.startsWith("<");
        }

        private void noteAnnotation(String descriptor) {
            jacksonAnnotated |= descriptor.startsWith("L" + JACKSON);
        }

        private void addComponentTypes(String descriptor, String signature) {
            for (String text : new String[] {descriptor, signature}) {
                if (text == null) {
                    continue;
                }
                Matcher m = COMPONENT_TYPE.matcher(text);
                while (m.find()) {
                    memberTypes.add(m.group(1));
                }
            }
        }
    }
}
