// The properties table view of objects (runtime/property_table.h): mangled keys and
// their inverse, which properties code of a given scope sees, (array) of an object,
// get_object_vars, and the walk foreach makes; and Object::clone's copies.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/array.h"
#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/object_store.h"
#include "runtime/property_table.h"
#include "runtime/reference.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

String* name(std::string_view text) { return InternTable::instance().intern(text); }

// class Base { public $pub = 1; protected $prot = 2; private $priv = 3; }
// class Child extends Base { private $priv = 4; }
struct Classes {
    Class* base;
    Class* child;
    Class* other; // unrelated
};

const Classes& classes()
{
    static Classes c = [] {
        auto* base = new Class("Base", nullptr, 0);
        base->add_property(name("pub"), AccPublic, Value::integer(1));
        base->add_property(name("prot"), AccProtected, Value::integer(2));
        base->add_property(name("priv"), AccPrivate, Value::integer(3));
        base->finish_linking();
        auto* child = new Class("Child", base, 0);
        child->add_property(name("priv"), AccPrivate, Value::integer(4));
        child->finish_linking();
        auto* other = new Class("Other", nullptr, 0);
        other->finish_linking();
        return Classes{base, child, other};
    }();
    return c;
}

std::string printable(std::string_view key)
{
    std::string out;
    for (char c : key)
        out += c == '\0' ? std::string("\\0") : std::string(1, c);
    return out;
}

// The keys of an array, NULs written \0, ints as digits.
std::vector<std::string> keys_of(const Array* array)
{
    std::vector<std::string> keys;
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        ArrayKey key = array->key_at(pos);
        keys.push_back(key.is_string() ? printable(key.string->view()) : "#" + std::to_string(key.number));
    }
    return keys;
}

class PropertyTableTest : public ::testing::Test {
protected:
    void SetUp() override { ObjectStore::instance().reset(); }
    void TearDown() override
    {
        ObjectStore::instance().free_all();
        ObjectStore::instance().reset();
    }
};

void drop(Object* object) { release(Value::object(object)); }

void add_dynamic(Object* object, std::string_view key, Value value)
{
    if (object->properties == nullptr)
        object->properties = Array::create();
    String* key_string = String::create(key);
    *object->properties->lookup_or_insert(key_string) = value;
    release(Value::string(key_string)); // the array holds its own reference
}

} // namespace

TEST(PropertyNames, MangledAsZendDoes)
{
    const std::vector<PropertyInfo>& slots = classes().child->slot_properties();
    ASSERT_EQ(slots.size(), 4u);
    EXPECT_EQ(printable(mangled_property_name(slots[0])->view()), "pub");
    EXPECT_EQ(printable(mangled_property_name(slots[1])->view()), "\\0*\\0prot");
    EXPECT_EQ(printable(mangled_property_name(slots[2])->view()), "\\0Base\\0priv");
    EXPECT_EQ(printable(mangled_property_name(slots[3])->view()), "\\0Child\\0priv");
}

TEST(PropertyNames, Unmangled)
{
    using namespace std::string_view_literals;
    UnmangledName priv = unmangle_property_name("\0A\0p"sv);
    EXPECT_EQ(priv.class_name, "A");
    EXPECT_EQ(priv.name, "p");
    UnmangledName prot = unmangle_property_name("\0*\0p"sv);
    EXPECT_EQ(prot.class_name, "*");
    EXPECT_EQ(prot.name, "p");
    UnmangledName plain = unmangle_property_name("plain");
    EXPECT_TRUE(plain.class_name.empty());
    EXPECT_EQ(plain.name, "plain");
    // No second NUL: the key is a plain name.
    UnmangledName broken = unmangle_property_name("\0broken"sv);
    EXPECT_TRUE(broken.class_name.empty());
    EXPECT_EQ(broken.name.size(), 7u);
}

TEST_F(PropertyTableTest, ArrayCastKeepsEverySlotUnderItsMangledKey)
{
    Object* object = Object::create(classes().child);
    add_dynamic(object, "12", Value::integer(5));
    add_dynamic(object, "dyn", Value::integer(6));
    Array* array = object_to_array(object);
    EXPECT_EQ(keys_of(array), (std::vector<std::string>{"pub", "\\0*\\0prot", "\\0Base\\0priv", "\\0Child\\0priv",
                                                        "#12", "dyn"}));
    release(Value::array(array));
    drop(object);
}

TEST_F(PropertyTableTest, ObjectVarsFollowTheScope)
{
    Object* object = Object::create(classes().child);
    auto vars = [&](const Class* scope) {
        Array* array = object_vars(object, scope);
        std::vector<std::string> keys = keys_of(array);
        std::vector<int64_t> values;
        for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1))
            values.push_back(array->value_at(pos).as_long());
        release(Value::array(array));
        return std::make_pair(keys, values);
    };
    EXPECT_EQ(vars(nullptr).first, (std::vector<std::string>{"pub"}));
    EXPECT_EQ(vars(classes().other).first, (std::vector<std::string>{"pub"}));
    EXPECT_EQ(vars(classes().base), std::make_pair(std::vector<std::string>{"pub", "prot", "priv"},
                                                   std::vector<int64_t>{1, 2, 3}));
    EXPECT_EQ(vars(classes().child), std::make_pair(std::vector<std::string>{"pub", "prot", "priv"},
                                                    std::vector<int64_t>{1, 2, 4}));
    drop(object);
}

TEST_F(PropertyTableTest, WalkSkipsUnsetAndInvisibleProperties)
{
    Object* object = Object::create(classes().child);
    add_dynamic(object, "dyn", Value::integer(6));
    release_and_clear(object->slots[0]); // unset($o->pub)
    std::vector<std::string> seen;
    uint32_t pos = 0;
    IteratedProperty property;
    while (next_visible_property(object, classes().base, pos, property))
        seen.push_back(std::string(property.key.string->view()) + "=" + std::to_string(property.slot->as_long()));
    EXPECT_EQ(seen, (std::vector<std::string>{"prot=2", "priv=3", "dyn=6"}));
    // At the end the position stays there; a property added later is reached.
    add_dynamic(object, "later", Value::integer(7));
    ASSERT_TRUE(next_visible_property(object, classes().base, pos, property));
    EXPECT_EQ(property.key.string->view(), "later");
    EXPECT_FALSE(next_visible_property(object, classes().base, pos, property));
    drop(object);
}

TEST_F(PropertyTableTest, CloneTakesTheFreedHandleAndUnwrapsLoneReferences)
{
    Object* original = Object::create(classes().base); // 1
    Object* gone = Object::create(classes().base);     // 2
    drop(gone);
    // $original->pub: a reference nothing else holds; ->prot: one shared with a variable.
    Reference* lone = make_reference(original->slots[0]);
    Reference* shared = make_reference(original->slots[1]);
    ++shared->header.refcount;
    Object* copy = Object::clone(original);
    EXPECT_EQ(copy->handle, 2u);
    EXPECT_FALSE(copy->slots[0].is_reference());
    EXPECT_EQ(copy->slots[0].as_long(), 1);
    ASSERT_TRUE(copy->slots[1].is_reference());
    EXPECT_EQ(copy->slots[1].as_reference(), shared);
    EXPECT_EQ(shared->header.refcount, 3u);
    EXPECT_EQ(lone->header.refcount, 1u);
    drop(copy);
    release(Value::reference(shared));
    drop(original);
}

} // namespace miniphp::runtime
