--TEST--
new with a class name (cached) and new self/static/parent (resolved each time) in methods called on different classes
--FILE--
<?php
class Model {
    public static function create() { return new static(); }
    public function same() { return new self(); }
}
class User extends Model {
    public function parentOne() { return new parent(); }
}
for ($i = 0; $i < 2; $i++) {
    echo (Model::create())::class, " ", (User::create())::class, "\n";
    $u = new User;
    echo ($u->same())::class, " ", ($u->parentOne())::class, "\n";
    $m = new Model;
    echo ($m->same())::class, "\n";
}
function make() { return new User(); }
echo (make())::class, (make())::class, "\n";
--EXPECT--
Model User
Model Model
Model
Model User
Model Model
Model
UserUser
