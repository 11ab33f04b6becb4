--TEST--
Constructor promotion declares and assigns properties with visibility, types and defaults.
--FILE--
<?php
class User {
    public function __construct(
        public string $name,
        protected int $age = 30,
        private ?string $email = null,
    ) {}
    public function info() { return "$this->name $this->age " . var_export($this->email, true); }
}
$u = new User("ann");
echo $u->info(), "\n";
$v = new User("bob", 41, "b@x");
echo $v->info(), "\n";
var_dump($v);
--EXPECT--
ann 30 NULL
bob 41 'b@x'
object(User)#2 (3) {
  ["name"]=>
  string(3) "bob"
  ["age":protected]=>
  int(41)
  ["email":"User":private]=>
  string(3) "b@x"
}
