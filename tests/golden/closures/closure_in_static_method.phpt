--TEST--
a closure created in a static method has class scope but no $this, and static:: follows late static binding
--FILE--
<?php
class Model {
    protected static $table = "models";
    public static function finder() {
        return function ($id) {
            return static::$table . "#$id" . (isset($this) ? " with this" : "");
        };
    }
}
class User extends Model {
    protected static $table = "users";
}
echo Model::finder()(1), "\n";
echo User::finder()(2), "\n";
--EXPECT--
models#1
users#2
