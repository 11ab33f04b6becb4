--TEST--
get_called_class() gives the late static binding class in static and instance methods.
--FILE--
<?php
class Model {
    public static function create() { return get_called_class(); }
    public function kind() { return get_called_class(); }
}
class User extends Model {}
var_dump(Model::create(), User::create(), (new User)->kind(), (new Model)->kind());
--EXPECT--
string(5) "Model"
string(4) "User"
string(4) "User"
string(5) "Model"
