from .cli import main

if __name__ == "__main__":  # not when a forkserver or spawned worker imports it
    main()
