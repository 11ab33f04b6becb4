--TEST--
new static creates an instance of the called class, new self of the defining class.
--FILE--
<?php
class Model {
    public static function create() { return new static(); }
    public static function createSelf() { return new self(); }
}
class User extends Model {}
echo get_class(User::create()), "\n";
echo get_class(User::createSelf()), "\n";
echo get_class(Model::create()), "\n";
--EXPECT--
User
Model
Model
